/**
 * Unconstrained minimisation with BFGS (Nocedal & Wright, ch. 6) for small dimensions: used by
 * the BG/NBD fit over the logarithms of its four parameters. Kept apart from the model so each
 * file has one job.
 */

/** Math's functions as module constants: see lgamma.ts for why (hot loops, separate JS contexts). */
const { abs, max, min, sqrt } = Math;

/** An objective and its gradient at θ (written into `grad`); NaN/∞ mean "rejected". */
export type Objective = (theta: Float64Array, grad: Float64Array) => number;

export interface MinimizeResult {
  value: number;
  iterations: number;
  converged: boolean;
}

/** Largest move of any coordinate in one step (a factor e² ≈ 7.4); keeps early steps sane. */
const MAX_STEP = 2;

/**
 * BFGS on the inverse Hessian with a backtracking (Armijo) line search. `theta` is updated in
 * place to the best point found. The analytic gradient makes each iteration cost one or two
 * likelihood evaluations, which is what keeps a 50 000-customer fit fast.
 */
export function minimizeBfgs(
  f: Objective,
  theta: Float64Array,
  maxIterations: number,
  tolerance: number,
  /** Checked after every accepted step: true ends the search early (not converged). */
  giveUp: (theta: Float64Array) => boolean = () => false,
): MinimizeResult {
  const DIM = theta.length;
  const g = new Float64Array(DIM), gNew = new Float64Array(DIM), thetaNew = new Float64Array(DIM);
  const dir = new Float64Array(DIM), s = new Float64Array(DIM), y = new Float64Array(DIM), hy = new Float64Array(DIM);
  const H = new Float64Array(DIM * DIM);
  const resetH = (): void => {
    H.fill(0);
    for (let i = 0; i < DIM; i++) H[i * DIM + i] = 1;
  };
  resetH();
  let freshH = true;
  let stalls = 0;
  let value = f(theta, g);
  if (!Number.isFinite(value)) return { value, iterations: 0, converged: false };
  for (let iter = 0; iter < maxIterations; iter++) {
    if (maxAbs(g) < tolerance) return { value, iterations: iter, converged: true };
    let slope = 0;
    for (let i = 0; i < DIM; i++) {
      let v = 0;
      for (let j = 0; j < DIM; j++) v -= H[i * DIM + j] * g[j];
      dir[i] = v;
      slope += v * g[i];
    }
    if (!(slope < 0)) {
      // H lost positive definiteness through rounding: fall back to steepest descent.
      resetH();
      freshH = true;
      for (let i = 0; i < DIM; i++) dir[i] = -g[i];
      slope = -dot(g, g);
    }
    let step = min(1, MAX_STEP / maxAbs(dir));
    let accepted = false;
    const previous = value;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < DIM; i++) thetaNew[i] = theta[i] + step * dir[i];
      const vNew = f(thetaNew, gNew);
      if (Number.isFinite(vNew) && vNew <= value + 1e-4 * step * slope) {
        for (let i = 0; i < DIM; i++) {
          s[i] = thetaNew[i] - theta[i];
          y[i] = gNew[i] - g[i];
        }
        theta.set(thetaNew);
        g.set(gNew);
        value = vNew;
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) {
      // No decrease even along a tiny step: at the optimum up to rounding, or H is poor.
      if (freshH) return { value, iterations: iter + 1, converged: maxAbs(g) < tolerance };
      resetH();
      freshH = true;
      continue;
    }
    if (giveUp(theta)) return { value, iterations: iter + 1, converged: false };
    // Rounding in the objective (~1e-16 relative) stops all progress slightly before the gradient
    // reaches exactly zero; accepting zero-gain steps forever would then burn the iteration budget.
    stalls = previous - value <= 4 * Number.EPSILON * abs(value) ? stalls + 1 : 0;
    if (stalls >= 3) return { value, iterations: iter + 1, converged: maxAbs(g) < tolerance };
    const sy = dot(s, y);
    if (sy > 1e-12 * sqrt(dot(s, s) * dot(y, y))) {
      if (freshH) {
        // Scale the identity to the observed curvature before the first update (Nocedal & Wright 6.20).
        const scale = sy / dot(y, y);
        for (let i = 0; i < DIM; i++) H[i * DIM + i] = scale;
        freshH = false;
      }
      bfgsUpdate(H, s, y, sy, hy);
    }
  }
  return { value, iterations: maxIterations, converged: maxAbs(g) < tolerance };
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / sᵀy, expanded to avoid temporaries. */
function bfgsUpdate(H: Float64Array, s: Float64Array, y: Float64Array, sy: number, hy: Float64Array): void {
  const DIM = s.length;
  const rho = 1 / sy;
  for (let i = 0; i < DIM; i++) {
    let v = 0;
    for (let j = 0; j < DIM; j++) v += H[i * DIM + j] * y[j];
    hy[i] = v;
  }
  const yhy = dot(y, hy);
  for (let i = 0; i < DIM; i++) {
    for (let j = 0; j < DIM; j++) {
      H[i * DIM + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
    }
  }
}

function dot(u: Float64Array, v: Float64Array): number {
  let t = 0;
  for (let i = 0; i < u.length; i++) t += u[i] * v[i];
  return t;
}

function maxAbs(u: Float64Array): number {
  let m = 0;
  for (let i = 0; i < u.length; i++) m = max(m, abs(u[i]));
  return m;
}
