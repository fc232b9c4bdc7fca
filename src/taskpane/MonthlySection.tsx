/**
 * Step 5: what is applied in this workbook, and the monthly refresh (methods.md §11). One click
 * re-runs every saved segmentation on the data as it is now and adds a snapshot to the history;
 * the same date twice asks before replacing that snapshot; cells in the way ask like Apply does.
 * Then: who moved (the transition matrix and the movers in money order, with why each moved; the cut values; class sizes per snapshot) between the
 * last two snapshots, or any two the user picks. Remove keeps the history; only "Delete history"
 * deletes it, after asking.
 */
import { useCallback, useEffect, useState, type ReactElement } from "react";
import { Button, Caption1, Field, Select, Subtitle2 } from "@fluentui/react-components";
import { historyText } from "../i18n/historyText";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { IdKey } from "../segment/customerIds";
import { columnLetter } from "../workbook/address";
import { dataDate } from "../workbook/dataDate";
import { SnapshotEntry } from "../workbook/history";
import { dateRolesOf } from "../workbook/historyStore";
import { findMethod } from "../workbook/methods/registry";
import { localize } from "../workbook/methods/types";
import { Movement } from "../workbook/movement";
import { ClassSizes } from "../workbook/classSizes";
import { CutComparison, MoveReason } from "../workbook/cutChanges";
import { SavedSegmentation } from "../workbook/plan";
import { OccupiedReport, WorkbookPort } from "../workbook/port";
import {
  compareHistory,
  customerNames,
  deleteHistory,
  listSnapshots,
  RefreshOccupiedError,
  RefreshOptions,
  RefreshResult,
  RefreshInterruptedError,
  refreshSaved,
  snapshotConflicts,
  SnapshotConflict,
  writeComparison,
} from "../workbook/refresh";
import { AppliedList } from "./AppliedList";
import { ClassSizesChart } from "./ClassSizesChart";
import { CutValuesView } from "./CutValuesView";
import { AsOfField, isoToSerial } from "./AsOfField";
import { ConfirmDialog } from "./ConfirmDialog";
import { MovementView } from "./MovementView";
import { OverwriteDialog } from "./OverwriteDialog";
import { formatDate, formatNumber, formatShortDate } from "./format";
import { snapshotLabel } from "./snapshotLabel";
import { removeReportText } from "./removeReport";

export type PaneStatus = { readonly intent: "success" | "warning" | "error" | "info"; readonly text: string };

export interface MonthlySectionProps {
  readonly port: WorkbookPort;
  readonly saved: readonly SavedSegmentation[];
  readonly busy: boolean;
  readonly language: Language;
  readonly now: () => Date;
  /** The snapshot date, "YYYY-MM-DD" (shared with Apply's history option). */
  readonly asOf: string;
  /** Increases when something outside changed the workbook (an apply): the snapshot list is read again. */
  readonly version: number;
  onAsOf(value: string): void;
  /** Runs pane work: busy while it runs, errors shown in the status. */
  run(work: () => Promise<void>): Promise<void>;
  onStatus(status: PaneStatus): void;
  /** The saved segmentations changed (reload them). */
  onChanged(): Promise<void>;
}

interface Shown {
  readonly from: SnapshotEntry;
  readonly to: SnapshotEntry;
  readonly movement: Movement;
  readonly names: ReadonlyMap<IdKey, string>;
  /** Only right after a refresh: why each mover moved, the cut values, class sizes per snapshot. */
  readonly reasons?: readonly (MoveReason | null)[];
  readonly cuts?: CutComparison | null;
  readonly sizes?: ClassSizes | null;
}

/** A refresh waiting for the user: a date to replace, or cells in the way. */
type Pending =
  | { readonly kind: "replace"; readonly list: readonly SavedSegmentation[]; readonly conflicts: readonly SnapshotConflict[] }
  | { readonly kind: "occupied"; readonly list: readonly SavedSegmentation[]; readonly report: OccupiedReport; readonly results: readonly RefreshResult[] };

const methodName = (methodId: string, language: Language): string => {
  const m = findMethod(methodId);
  return m ? localize(m.label, language) : methodId;
};

export function MonthlySection(p: MonthlySectionProps): ReactElement {
  const { port, saved, language } = p;
  const t = (k: Parameters<typeof paneText>[0], params?: Record<string, string | number>): string => paneText(k, language, params);
  const [snapshots, setSnapshots] = useState<SnapshotEntry[]>([]);
  const [historySheets, setHistorySheets] = useState<string[]>([]);
  const [pick, setPick] = useState<{ from: number; to: number }>({ from: -1, to: -1 });
  const [shown, setShown] = useState<Shown | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Remove asks first: it takes away columns, colours and sheets at once.
  const [confirmRemove, setConfirmRemove] = useState<SavedSegmentation | null>(null);
  // "Keep these cuts", per segmentation, until its next refresh saves the choice.
  const [keep, setKeep] = useState<Record<string, boolean>>({});

  const loadSnapshots = useCallback(async (): Promise<SnapshotEntry[]> => {
    const list = await listSnapshots(port);
    setSnapshots(list);
    setHistorySheets([...new Set(list.flatMap((s) => s.blocks.map((b) => b.sheet)))]);
    return list;
  }, [port]);

  useEffect(() => {
    loadSnapshots()
      .then((list) => {
        // Default pair: the last two snapshots of the segmentation refreshed last.
        const last = list[list.length - 1];
        if (!last) return;
        const mine = list.map((s, i) => ({ s, i })).filter((x) => x.s.segmentation === last.segmentation);
        if (mine.length >= 2) setPick({ from: mine[mine.length - 2].i, to: mine[mine.length - 1].i });
      })
      .catch(() => undefined);
  }, [loadSnapshots, p.version]);

  // Not picked (""): each segmentation's refresh takes its own data's latest date (refresh.ts runAsOf).
  const asOfSerial = isoToSerial(p.asOf) ?? undefined;
  // The default shown: the latest date in the applied segmentations' data (today only when none has a date).
  const [dataDay, setDataDay] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      let latest: number | null = null;
      for (const s of saved) {
        if (s.problem) continue;
        const d = await dataDate(port, await port.currentSource(s.source), s.roles);
        if (d !== null && (latest === null || d > latest)) latest = d;
      }
      if (!cancelled) setDataDay(latest);
    })().catch(() => !cancelled && setDataDay(null));
    return () => {
      cancelled = true;
    };
  }, [port, saved, p.version]);
  const withDates = saved.filter((s) => findMethod(s.methodId) && dateRolesOf(findMethod(s.methodId)!).length > 0);
  const withoutDates = saved.filter((s) => !withDates.includes(s) && typeof s.roles.id === "number");

  function describe(result: RefreshResult): string {
    const name = methodName(result.saved.methodId, language);
    if (result.asOf === null) return t("refreshedNoHistory", { method: name, column: columnLetter(result.saved.classColumn) });
    const date = formatDate(result.asOf, language);
    const customers = formatNumber(result.snapshotRows, language);
    if (!result.movement) return t("refreshedFirst", { method: name, date, customers });
    const count = (code: string): number => result.movement!.direction.filter((d) => d === code).length;
    let gone = 0;
    const k = result.movement.transitions.order.length;
    for (let r = 0; r < k; r++) gone += result.movement.transitions.customers[r * (k + 1) + k];
    const n = (v: number): string => formatNumber(v, language);
    return t("refreshedMonthly", { method: name, date, customers, down: n(count("DOWN")), up: n(count("UP")), new: n(count("NEW")), gone: n(gone) });
  }

  async function finish(results: readonly RefreshResult[]): Promise<void> {
    await p.onChanged();
    const list = await loadSnapshots();
    const last = [...results].reverse().find((r) => r.movement && r.asOf !== null && r.previousAsOf !== null);
    if (last && last.movement) {
      const from = list.findIndex((s) => s.segmentation === last.saved.id && s.asOf === last.previousAsOf);
      const to = list.findIndex((s) => s.segmentation === last.saved.id && s.asOf === last.asOf);
      if (from >= 0 && to >= 0) {
        setPick({ from, to });
        setShown({ from: list[from], to: list[to], movement: last.movement, names: last.names, reasons: last.reasons, cuts: last.cuts, sizes: last.sizes });
      }
    }
    if (results.length) p.onStatus({ intent: "success", text: results.map(describe).join(" ") });
  }

  /** Refreshes `list` in order, from `done` results on; stops to ask when a date exists or cells are in the way. */
  async function refreshList(list: readonly SavedSegmentation[], options: RefreshOptions, done: readonly RefreshResult[] = [], askDates = true): Promise<void> {
    if (askDates) {
      const conflicts = await snapshotConflicts(port, list, language, p.now(), asOfSerial);
      if (conflicts.length) {
        setPending({ kind: "replace", list, conflicts });
        return;
      }
    }
    const results = [...done];
    for (let i = 0; i < list.length; i++) {
      const first = i === 0 ? options : {};
      try {
        const keepCuts = keep[list[i].id];
        results.push(await refreshSaved(port, list[i], language, p.now(), { ...first, asOf: asOfSerial, replace: true, ...(keepCuts !== undefined ? { keepCuts } : {}) }));
      } catch (error) {
        if (error instanceof RefreshOccupiedError) {
          setPending({ kind: "occupied", list: list.slice(i), report: error.report, results });
          return;
        }
        // Still listed, owning what it wrote: reload, so that Refresh again and Remove use what the workbook says now.
        if (error instanceof RefreshInterruptedError) await p.onChanged();
        throw error;
      }
    }
    // The choice is saved with each segmentation now: the checkbox shows what the settings say.
    setKeep({});
    await finish(results);
  }

  const refreshSome = (list: readonly SavedSegmentation[]): Promise<void> => p.run(() => refreshList(list, {}));

  const answerReplace = (yes: boolean): void => {
    const now = pending;
    setPending(null);
    if (yes && now?.kind === "replace") void p.run(() => refreshList(now.list, {}, [], false));
  };

  const answerOccupied = (how: "move" | "overwrite" | "cancel"): void => {
    const now = pending;
    setPending(null);
    if (!now || now.kind !== "occupied" || how === "cancel") return;
    const options: RefreshOptions = how === "move" ? { relocate: true } : { overwrite: now.report.cells };
    void p.run(() => refreshList(now.list, options, now.results, false));
  };

  const remove = (id: string): Promise<void> =>
    p.run(async () => {
      const report = await port.remove(id);
      await p.onChanged();
      const list = await loadSnapshots();
      const sheet = list[0]?.blocks[0]?.sheet;
      const left = removeReportText(report, language);
      // "As it was before" only when nothing of the user's was kept in our place.
      const done = report.dataSheetGone ? [] : [sheet ? t("removedHistoryKept", { sheet }) : left.length ? t("removedOnly") : t("removed")];
      p.onStatus({ intent: left.length ? "warning" : "success", text: [...done, ...left].join(" ") });
    });

  const compare = (): Promise<void> =>
    p.run(async () => {
      const from = snapshots[pick.from];
      const to = snapshots[pick.to];
      if (!from || !to) return;
      const comparison = await compareHistory(port, from, to);
      const owner = saved.find((s) => s.id === to.segmentation) ?? saved.find((s) => s.id === from.segmentation);
      setShown({ from, to, movement: comparison.movement, names: owner ? await customerNames(port, owner) : new Map() });
    });

  const writeShown = (): Promise<void> =>
    p.run(async () => {
      if (!shown) return;
      const owner = saved.find((s) => s.id === shown.to.segmentation);
      if (!owner) return;
      const sheet = await writeComparison(port, owner, { from: shown.from, to: shown.to, movement: shown.movement }, language);
      await p.onChanged();
      p.onStatus({ intent: "success", text: t("comparisonWritten", { sheet }) });
    });

  const removeHistory = (): Promise<void> =>
    p.run(async () => {
      setConfirmDelete(false);
      await deleteHistory(port);
      setShown(null);
      setPick({ from: -1, to: -1 });
      await loadSnapshots();
      p.onStatus({ intent: "success", text: t("historyDeleted") });
    });

  const label = (s: SnapshotEntry): string => snapshotLabel(s, snapshots, saved, language);
  const owner = shown ? saved.find((s) => s.id === shown.to.segmentation) : undefined;
  const replaceDate = pending?.kind === "replace" ? formatDate(pending.conflicts[0].asOf, language) : "";

  return (
    <section aria-labelledby="monthly-heading">
      <AppliedList
        saved={saved}
        busy={p.busy}
        language={language}
        keep={keep}
        onKeep={(id, value) => setKeep({ ...keep, [id]: value })}
        onRefresh={(id) => void refreshSome(saved.filter((s) => s.id === id))}
        onRemove={(id) => setConfirmRemove(saved.find((s) => s.id === id) ?? null)}
        onColour={(id) =>
          void p.run(async () => {
            await port.colourRowsBy(id, p.now().toISOString());
            await p.onChanged();
          })
        }
      />
      {saved.length > 0 && (
        <>
          <Subtitle2 as="h2" id="monthly-heading" style={{ display: "block", marginTop: 8 }}>
            {t("monthlyHeading")}
          </Subtitle2>
          <Caption1 block as="p">
            {t("refreshHint")}
          </Caption1>
          <AsOfField
            value={p.asOf}
            dataDate={dataDay}
            now={p.now}
            language={language}
            labelOnly={withoutDates.map((s) => methodName(s.methodId, language))}
            fromData={withDates.map((s) => methodName(s.methodId, language))}
            disabled={p.busy}
            onChange={p.onAsOf}
          />
          <Button appearance="primary" disabled={p.busy} onClick={() => void refreshSome(saved)} data-testid="refresh-all" style={{ marginTop: 4 }}>
            {t("refreshAll")}
          </Button>
        </>
      )}
      {snapshots.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Subtitle2 as="h2" style={{ display: "block" }}>
            {t("movementHeading")}
          </Subtitle2>
          <Caption1 block as="p" data-testid="snapshot-count">
            {t("snapshotsCount", { count: snapshots.length, sheet: historySheets.join(", ") })}
          </Caption1>
          {snapshots.length >= 2 && (
            <div style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "flex-end" }}>
              {(["from", "to"] as const).map((end) => (
                <Field key={end} label={t(end === "from" ? "compareFrom" : "compareTo")} size="small" style={{ flex: "1 1 140px", minWidth: 0 }}>
                  <Select style={{ minWidth: 0 }} data-testid={`compare-${end}`} value={String(pick[end])} onChange={(_, d) => setPick({ ...pick, [end]: Number(d.value) })}>
                    <option value="-1" />
                    {snapshots.map((s, i) => (
                      <option key={i} value={String(i)}>
                        {label(s)}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
              <Button size="small" disabled={p.busy || pick.from < 0 || pick.to < 0} onClick={() => void compare()} data-testid="compare">
                {t("compare")}
              </Button>
            </div>
          )}
          {shown && (
            <>
              <MovementView
                from={formatShortDate(shown.from.asOf, language)}
                to={formatShortDate(shown.to.asOf, language)}
                movement={shown.movement}
                names={shown.names}
                tones={owner?.tones}
                language={language}
                reasons={shown.reasons}
              />
              {shown.cuts && <CutValuesView cuts={shown.cuts} language={language} />}
              {shown.sizes && shown.sizes.snapshots.length > 1 && <ClassSizesChart sizes={shown.sizes} tones={owner?.tones} language={language} />}
              {owner && shown.from.segmentation === shown.to.segmentation && (
                <Button size="small" disabled={p.busy} onClick={() => void writeShown()} data-testid="write-comparison" style={{ marginTop: 4 }}>
                  {t("writeComparison")}
                </Button>
              )}
            </>
          )}
          <div style={{ marginTop: 8 }}>
            <Button size="small" appearance="subtle" disabled={p.busy} onClick={() => setConfirmDelete(true)} data-testid="delete-history">
              {t("deleteHistory")}
            </Button>
          </div>
        </div>
      )}
      <ConfirmDialog
        open={pending?.kind === "replace"}
        testId="replace-dialog"
        title={t("replaceTitle", { date: replaceDate })}
        body={t("replaceBody", { date: replaceDate, methods: pending?.kind === "replace" ? pending.conflicts.map((c) => methodName(c.methodId, language)).join(", ") : "" })}
        confirm={t("replace")}
        cancel={t("cancel")}
        onConfirm={() => answerReplace(true)}
        onCancel={() => answerReplace(false)}
      />
      <ConfirmDialog
        open={confirmRemove !== null}
        testId="remove-dialog"
        title={t("removeTitle", { method: confirmRemove ? methodName(confirmRemove.methodId, language) : "" })}
        body={t("removeBody", { sheet: confirmRemove?.source.sheet ?? "" })}
        confirm={t("remove")}
        cancel={t("cancel")}
        onConfirm={() => {
          const target = confirmRemove;
          setConfirmRemove(null);
          if (target) void remove(target.id);
        }}
        onCancel={() => setConfirmRemove(null)}
      />
      <ConfirmDialog
        open={confirmDelete}
        testId="delete-history-dialog"
        title={t("deleteHistoryTitle")}
        body={t("deleteHistoryBody", { sheets: historySheets.map((s) => `“${s}”`).join(", ") || `“${historyText("historySheet", language)}”`, count: snapshots.length })}
        confirm={t("deleteHistory").replace(/…$/, "")}
        cancel={t("cancel")}
        onConfirm={() => void removeHistory()}
        onCancel={() => setConfirmDelete(false)}
      />
      <OverwriteDialog
        report={pending?.kind === "occupied" ? pending.report : null}
        language={language}
        onMove={() => answerOccupied("move")}
        onOverwrite={() => answerOccupied("overwrite")}
        onCancel={() => answerOccupied("cancel")}
      />
    </section>
  );
}
