/** The little dense linear algebra the fits need (matrices of 3×3 or 4×4). */

/** Lower-triangular L with A = L·Lᵀ, or undefined when A is not positive definite. */
export function cholesky(A: readonly (readonly number[])[]): number[][] | undefined {
  const n = A.length;
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const Li = L[i] as number[];
    for (let j = 0; j <= i; j++) {
      const Lj = L[j] as number[];
      let sum = (A[i] as readonly number[])[j] as number;
      for (let k = 0; k < j; k++) sum -= (Li[k] as number) * (Lj[k] as number);
      if (i === j) {
        if (!(sum > 0)) return undefined;
        Li[i] = Math.sqrt(sum);
      } else {
        Li[j] = sum / (Lj[j] as number);
      }
    }
  }
  return L;
}

/** Inverse of a symmetric positive-definite matrix, or undefined when it is not one. */
export function invertSpd(A: readonly (readonly number[])[]): number[][] | undefined {
  const L = cholesky(A);
  if (!L) return undefined;
  const n = A.length;
  // Solve L·Lᵀ·X = I column by column.
  const inv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++) {
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let s = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) s -= ((L[i] as number[])[k] as number) * (y[k] as number);
      y[i] = s / ((L[i] as number[])[i] as number);
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i] as number;
      for (let k = i + 1; k < n; k++)
        s -= ((L[k] as number[])[i] as number) * ((inv[k] as number[])[c] as number);
      (inv[i] as number[])[c] = s / ((L[i] as number[])[i] as number);
    }
  }
  return inv;
}
