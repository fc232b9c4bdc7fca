/**
 * The task pane: pick the data, choose a method and its parameters, see the preview, apply
 * (class column, colour rules, summary, tags), and remove or refresh what was applied. It talks
 * only to a WorkbookPort, so the same pane runs in Excel (Office.js adapter) and in the browser
 * preview (in-memory workbook), and every workbook change is a plan it can show and undo.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from "react";
import { Divider, FluentProvider, MessageBar, MessageBarBody, Title3, tokens } from "@fluentui/react-components";
import { Language, setCurrentLanguage } from "../i18n/language";
import { browserStore, KeyValueStore, LanguageChoice, officePartitionKey, rememberChoice, storedChoice } from "../i18n/languagePreference";
import { paneText } from "../i18n/paneText";
import { columnLetter } from "../workbook/address";
import { findMethod, METHODS } from "../workbook/methods/registry";
import { completeParams, MethodInput, MethodParams } from "../workbook/methods/types";
import { defaultTones, TONES, ToneId } from "../workbook/palette";
import { OutputMode, RoleAssignment, SavedSegmentation, SegmentPlan } from "../workbook/plan";
import { canWriteFormulas } from "../workbook/planSegmentation";
import { canAddUp, DataFindings } from "../workbook/dataChecks";
import { conversions, DecimalMark, findTextNumbers, TextNumberCellFound } from "../workbook/textNumbers";
import { BacktestSection } from "./BacktestSection";
import { DataChecks } from "./DataChecks";
import { formatNumber } from "./format";
import { customerSheet, looksLikeOrders, runsOnCustomerSheet } from "../workbook/customerSheet";
import { backtestOrders, ordersOf, OrdersSource } from "../workbook/ordersBacktest";
import { OccupiedError, OccupiedReport, SourceInfo, WorkbookPort } from "../workbook/port";
import { guessRoles } from "../workbook/roles";
import { buildPlan, canKeepHistory, Choice, inputKey, MissingRoleError, missingRoles, newId, Prepared, readInput, runOn, uniqueSheetName } from "../workbook/segmentation";
import { dateRolesOf } from "../workbook/historyStore";
import { localize } from "../workbook/methods/types";
import { withHeader } from "../workbook/sourceInfo";
import { isoToSerial, useDataDate } from "./AsOfField";
import { messageOf } from "./errorMessage";
import { HistoryOption } from "./HistoryOption";
import { MonthlySection } from "./MonthlySection";
import { CohortSection } from "./CohortSection";
import { DataSection } from "./DataSection";
import { MethodSection } from "./MethodSection";
import { OutputSection } from "./OutputSection";
import { OverwriteDialog } from "./OverwriteDialog";
import { PreviewSection } from "./PreviewSection";
import { LanguagePicker } from "./LanguagePicker";
import { fluentTheme, PaneTheme } from "./theme";

export interface AppProps {
  readonly port: WorkbookPort;
  readonly theme: PaneTheme;
  /** Office's display language: the pane speaks it unless the user picked another one. */
  readonly language: Language;
  /** Where the pick is remembered (default: localStorage; null: this session only). */
  readonly languageStore?: KeyValueStore | null;
  readonly now?: () => Date;
  /** Told the language the pane speaks whenever it changes (the preview page speaks it too). */
  readonly onLanguage?: (language: Language) => void;
}

const NO_FINDINGS: DataFindings = { totals: [], repeated: null };

type Status = { readonly intent: "success" | "warning" | "error" | "info"; readonly text: string } | null;

/** A fresh source: guessed roles, and the period method when the block is months without a value column. */
function rolesFor(source: SourceInfo): { roles: RoleAssignment; method?: string } {
  const guess = guessRoles(source.columnNames, source.sample);
  const roles: RoleAssignment = { ...guess.single, periods: guess.periods };
  return { roles, method: guess.single.value === undefined && guess.periods.length >= 2 ? "CONTRIBUTION_STABILITY" : undefined };
}

export function App({ port, theme, language: officeLanguage, languageStore, now = () => new Date(), onLanguage }: AppProps): ReactElement {
  // The language: Office's, or the one picked in the pane (remembered), for the pane and the functions alike.
  const store = useMemo(() => (languageStore === undefined ? browserStore() : languageStore), [languageStore]);
  const [languageChoice, setLanguageChoice] = useState<LanguageChoice>(() => storedChoice(store, officePartitionKey()));
  const language: Language = languageChoice === "auto" ? officeLanguage : languageChoice;
  useEffect(() => {
    setCurrentLanguage(language);
    onLanguage?.(language);
    // The page's language picks the right CJK glyphs (Korean, Simplified Chinese) for dialogs too.
    if (typeof document !== "undefined") document.documentElement.lang = language;
  }, [language]);
  const chooseLanguage = (choice: LanguageChoice): void => {
    rememberChoice(store, choice, officePartitionKey());
    setLanguageChoice(choice);
    // A status is written in the language it was shown in: an old one would stay English in a Korean pane.
    setStatus(null);
  };
  const [source, setSource] = useState<SourceInfo | null>(null);
  const [roles, setRoles] = useState<RoleAssignment>({});
  const [methodId, setMethodId] = useState("ABC");
  const [paramsById, setParamsById] = useState<Record<string, MethodParams>>({});
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  // The rows as read (before total rows are left out and repeated IDs added up): where numbers stored as text are.
  const [readRows, setReadRows] = useState<MethodInput | null>(null);
  // The user chose to add up the rows of repeated customer IDs; bumped when Convert changed the data.
  const [perCustomer, setPerCustomer] = useState(false);
  const [dataVersion, setDataVersion] = useState(0);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [output, setOutput] = useState<OutputMode>("values");
  const [summary, setSummary] = useState(true);
  const [tags, setTags] = useState(false);
  const [labels, setLabels] = useState(false);
  const [toneChoice, setToneChoice] = useState<Record<string, ToneId>>({});
  const [saved, setSaved] = useState<SavedSegmentation[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [occupied, setOccupied] = useState<{ report: OccupiedReport; plan: SegmentPlan } | null>(null);
  // The monthly history: kept for a new segmentation when asked; the snapshot date (a label for methods without dates).
  const [history, setHistory] = useState(false);
  // "" until the user picks a date; meanwhile the snapshot is dated by the data (its latest date; today only without dates).
  const [asOf, setAsOf] = useState("");
  const dataDay = useDataDate(port, source, roles);
  const [historyVersion, setHistoryVersion] = useState(0);
  const inputs = useRef(new WeakMap<SourceInfo, Map<string, Promise<MethodInput>>>());
  // The order lines the last "Summarise orders per customer" read: the backtest of a customer sheet made from them.
  const [summarised, setSummarised] = useState<OrdersSource | null>(null);

  const method = findMethod(methodId) ?? METHODS[0];
  const params = useMemo(() => completeParams(method, paramsById[method.id]), [method, paramsById]);
  const codes = prepared && prepared.method.id === method.id ? prepared.run.codes : method.codes(params);
  const tones = useMemo(() => {
    const out: Record<string, ToneId> = defaultTones(codes);
    for (const c of codes) if (toneChoice[c]) out[c] = toneChoice[c];
    return out;
  }, [codes, toneChoice]);
  const toneColours = useMemo(() => Object.fromEntries(codes.map((c) => [c, TONES[tones[c]]])), [codes, tones]);

  const loadSaved = useCallback(async () => setSaved(await port.listSaved()), [port]);

  const locate = useCallback(async () => {
    try {
      const found = await port.locateSource();
      setSource(found);
      setPerCustomer(false);
      if (found) {
        const guess = rolesFor(found);
        setRoles(guess.roles);
        if (guess.method) setMethodId(guess.method);
      }
    } catch (error) {
      setStatus({ intent: "error", text: messageOf(error, language) });
    }
  }, [port, language]);

  useEffect(() => {
    void locate();
    void loadSaved();
  }, [locate, loadSaved]);

  // The live preview: re-run the method whenever the data, the roles or the parameters change.
  const paramsKey = JSON.stringify(params);
  useEffect(() => {
    if (!source) return;
    let cancelled = false;
    // A table of headers only: say so, not "choose a column" (no column could help).
    if (source.ref.range.rows - (source.ref.hasHeader ? 1 : 0) <= 0) {
      setPrepared(null);
      setPreviewError(paneText("noDataRows", language, { where: source.ref.sheet }));
      return;
    }
    const missing = missingRoles(method, roles);
    if (missing.length) {
      setPrepared(null);
      // Order lines lack the per-customer columns: the way there is the summary offered above, when its sheet has them all.
      setPreviewError(ordersOf(source, roles) && runsOnCustomerSheet(method) ? paneText("summariseFirst", language, { method: localize(method.label, language) }) : messageOf(new MissingRoleError(missing, method.id), language));
      return;
    }
    // Read the columns once per source and role mapping; parameter changes only re-run the method.
    const key = inputKey({ methodId: method.id, roles });
    const cached = inputs.current.get(source)?.get(key);
    const input = cached ?? readInput(port, source.ref, { methodId: method.id, roles });
    if (!cached) {
      const bySource = inputs.current.get(source) ?? new Map<string, Promise<MethodInput>>();
      bySource.set(key, input);
      inputs.current.set(source, bySource);
      input.catch(() => bySource.delete(key)); // a failed read is tried again next time
    }
    input
      .then((read) => ({ read, run: runOn(read, { methodId: method.id, params, perCustomer }) }))
      .then(({ read, run: p }) => {
        if (cancelled) return;
        setReadRows(read);
        setPrepared(p);
        setPreviewError(null);
      })
      .catch((error) => {
        if (cancelled) return;
        setPrepared(null);
        setReadRows(null);
        setPreviewError(messageOf(error, language));
      });
    return () => {
      cancelled = true;
    };
    // params is compared by value (paramsKey), so a re-created but equal object does not re-run.
  }, [port, source, roles, method, paramsKey, language, perCustomer, dataVersion]);

  const ordersToTest = useMemo(() => (method.backtest && source ? backtestOrders(source, roles, summarised) : null), [method, source, roles, summarised]);

  const choice = (): Choice => ({ methodId: method.id, params, roles, output, tones, summary, tags, labels, language, history, asOf: isoToSerial(asOf) ?? undefined, perCustomer });

  // What the checks found, and why Apply is off (repeated IDs not added up; no customer at all).
  const current = prepared && prepared.method.id === method.id ? prepared : null;
  const textNumbers: TextNumberCellFound[] = useMemo(() => (source && readRows ? findTextNumbers(readRows, source.ref, roles) : []), [source, readRows, roles]);
  const applyBlocked = !current
    ? null
    : current.findings.repeated && !current.input.rowCustomer
      ? paneText("needsAddUp", language)
      : current.run.explanation.total.customers === 0
        ? paneText("noCustomers", language)
        : null;

  // An orders export: one row per customer on a new sheet (SEGMENT.SUMMARY's columns), which becomes the data.
  const summariseOrders = (): Promise<void> =>
    guarded(async () => {
      if (!source || typeof roles.id !== "number" || typeof roles.date !== "number") return;
      const offsets = [roles.id, roles.date, ...(typeof roles.value === "number" ? [roles.value] : [])];
      const [ids, dates, amounts] = await port.readColumns(source.ref, offsets);
      const name = uniqueSheetName(paneText("customerSheetName", language), await port.sheetNames());
      const made = customerSheet(name, ids, dates, amounts ?? null, language);
      await port.addUserSheet(made.sheet);
      const orders = ordersOf(source, roles);
      if (orders) setSummarised({ ...orders, summary: name });
      await port.selectCells(name, [{ row: 1, col: 0 }]);
      await locate();
      setStatus({ intent: "success", text: paneText("ordersSummarised", language, { customers: formatNumber(made.customers, language), lines: formatNumber(made.lines, language), sheet: name }) });
    });

  const convert = (mark: DecimalMark): Promise<void> =>
    guarded(async () => {
      if (!source) return;
      const cells = conversions(textNumbers, mark);
      const done = await port.convertTextNumbers(source.ref.sheet, cells);
      inputs.current.delete(source); // the cells changed: read them again
      setDataVersion((v) => v + 1);
      setStatus({ intent: "success", text: done < cells.length ? paneText("convertedSkipped", language, { count: formatNumber(done, language), skipped: formatNumber(cells.length - done, language) }) : paneText("converted", language, { count: formatNumber(done, language) }) });
    });

  async function carryOut(plan: SegmentPlan, overwrite?: OccupiedReport): Promise<void> {
    const done = await port.apply(plan, { overwrite: overwrite?.cells });
    const count = prepared?.run.explanation.total.customers ?? 0;
    const sheet = plan.sheets[0]?.name;
    setStatus({
      intent: "success",
      text: paneText("applied", language, {
        customers: count,
        column: columnLetter(done.classColumn),
        summary: sheet ? paneText("appliedSummary", language, { sheet }) : "",
      }),
    });
    await loadSaved();
    setHistoryVersion((v) => v + 1);
  }

  async function guarded(work: () => Promise<void>): Promise<void> {
    setBusy(true);
    setStatus(null);
    try {
      await work();
    } catch (error) {
      if (error instanceof OccupiedError) setStatus({ intent: "error", text: paneText("occupiedBody", language, { total: error.report.total, cells: "" }) });
      else setStatus({ intent: "error", text: messageOf(error, language) });
    } finally {
      setBusy(false);
    }
  }

  const apply = (): Promise<void> =>
    guarded(async () => {
      if (!source || !prepared) return;
      const plan = await buildPlan(port, source.ref, source.columnNames, choice(), prepared, newId(method.id, now()), now());
      const report = await port.findOccupied(plan, 50);
      if (report.total > 0) {
        setOccupied({ report, plan });
        return;
      }
      await carryOut(plan);
    });

  const resolveOccupied = (how: "move" | "overwrite" | "cancel"): Promise<void> => {
    const pending = occupied;
    setOccupied(null);
    if (!pending || how === "cancel") return Promise.resolve();
    return guarded(async () => {
      if (how === "overwrite") await carryOut(pending.plan, pending.report);
      else await apply();
    });
  };

  return (
    <FluentProvider theme={fluentTheme(theme)} style={{ padding: 12, minHeight: "100%", boxSizing: "border-box", background: tokens.colorNeutralBackground1 }}>
      <main lang={language} aria-label={paneText("title", language)} style={{ display: "flex", flexDirection: "column", gap: 10 }}>
        <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
          <Title3 as="h1" style={{ flex: 1 }}>
            {paneText("title", language)}
          </Title3>
          <LanguagePicker choice={languageChoice} officeLanguage={officeLanguage} language={language} onChoice={chooseLanguage} />
        </div>
        <DataSection
          source={source}
          roles={roles}
          method={method}
          language={language}
          busy={busy}
          onLocate={() => void locate()}
          onRoles={setRoles}
          onHeader={(on) => source && setSource(withHeader(source, on))}
        />
        {source && (
          <DataChecks
            findings={current?.findings ?? NO_FINDINGS}
            firstRow={source.ref.range.row + (source.ref.hasHeader ? 1 : 0) + 1}
            methodName={localize(method.label, language)}
            canAddUp={canAddUp(method)}
            addedUp={current?.input.rowCustomer ? { customers: current.input.rowCount, rows: current.input.rowCustomer.filter((c) => c >= 0).length } : null}
            ordersOffer={looksLikeOrders(source, roles)}
            onSummariseOrders={() => void summariseOrders()}
            textNumbers={textNumbers}
            busy={busy}
            language={language}
            onAddUp={setPerCustomer}
            onConvert={(mark) => void convert(mark)}
            onShow={(cell) => void guarded(() => port.selectCells(source.ref.sheet, [cell]))}
          />
        )}
        <Divider />
        <MethodSection
          methods={METHODS}
          method={method}
          params={params}
          language={language}
          onMethod={(id) => {
            setMethodId(id);
            // "Done" of the last method is not about this one.
            setStatus(null);
          }}
          onParams={(p) => setParamsById({ ...paramsById, [method.id]: p })}
        />
        <Divider />
        <PreviewSection run={prepared && prepared.method.id === method.id ? prepared.run : null} error={previewError} tones={toneColours} language={language} />
        {method.backtest && source && (
          <>
            <Divider />
            <BacktestSection port={port} orders={ordersToTest} unit={params.unit === "days" ? "days" : "weeks"} language={language} />
          </>
        )}
        <Divider />
        <OutputSection
          codes={codes}
          tones={tones}
          output={output}
          formulasAvailable={canWriteFormulas(method, roles, current?.input)}
          formulasNote={canWriteFormulas(method, roles) && current && !canWriteFormulas(method, roles, current.input) ? paneText("formulasNotPerRow", language) : undefined}
          applyBlocked={applyBlocked ?? undefined}
          summary={summary}
          tags={tags}
          labels={labels}
          canApply={Boolean(source && current && !applyBlocked)}
          busy={busy}
          language={language}
          onOutput={setOutput}
          onSummary={setSummary}
          onTags={setTags}
          onLabels={setLabels}
          onTone={(code, tone) => setToneChoice({ ...toneChoice, [code]: tone })}
          onApply={() => void apply()}
          extra={
            <HistoryOption
              checked={history}
              available={canKeepHistory(roles)}
              usesDates={dateRolesOf(method).length > 0}
              methodName={localize(method.label, language)}
              asOf={asOf}
              dataDate={dataDay}
              language={language}
              onChange={setHistory}
              onAsOf={setAsOf}
            />
          }
        />
        {/* Right under Apply, where the eye is after clicking it. */}
        <div role="status" aria-live="polite" data-testid="status">
          {status && (
            <MessageBar intent={status.intent}>
              <MessageBarBody>{status.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {source && looksLikeOrders(source, roles) && (
          <>
            <Divider />
            <CohortSection port={port} source={source} roles={roles} busy={busy} language={language} />
          </>
        )}
        <Divider />
        <MonthlySection
          port={port}
          saved={saved}
          busy={busy}
          language={language}
          now={now}
          asOf={asOf}
          version={historyVersion}
          onAsOf={setAsOf}
          run={guarded}
          onStatus={setStatus}
          onChanged={loadSaved}
        />
      </main>
      <OverwriteDialog
        report={occupied?.report ?? null}
        language={language}
        onMove={() => void resolveOccupied("move")}
        onOverwrite={() => void resolveOccupied("overwrite")}
        onCancel={() => void resolveOccupied("cancel")}
      />
    </FluentProvider>
  );
}
