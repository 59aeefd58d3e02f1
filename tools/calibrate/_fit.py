"""A small L2-regularised logistic regression, fitted by Newton's method (pure Python)."""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["fit_logistic"]


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve ``matrix @ x = vector`` by Gaussian elimination with partial pivoting."""
    n = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        head = rows[col][col]
        for r in range(col + 1, n):
            factor = rows[r][col] / head
            for c in range(col, n + 1):
                rows[r][c] -= factor * rows[col][c]
    solution = [0.0] * n
    for r in range(n - 1, -1, -1):
        tail = sum(rows[r][c] * solution[c] for c in range(r + 1, n))
        solution[r] = (rows[r][n] - tail) / rows[r][r]
    return solution


def fit_logistic(
    samples: Sequence[Sequence[float]],
    labels: Sequence[bool],
    *,
    l2: float = 1.0,
    iterations: int = 50,
) -> list[float]:
    """Weights (bias first) maximising the penalised log-likelihood; the bias is not penalised.

    >>> w = fit_logistic([[0.0], [0.0], [1.0], [1.0]], [False, True, True, True], l2=0.0)
    >>> round(1 / (1 + math.exp(-w[0])), 3), round(1 / (1 + math.exp(-(w[0] + w[1]))), 3)
    (0.5, 1.0)
    """
    rows = [[1.0, *x] for x in samples]
    size = len(rows[0])
    weights = [0.0] * size
    for _ in range(iterations):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for row, label in zip(rows, labels, strict=True):
            score = max(-30.0, min(30.0, sum(w * x for w, x in zip(weights, row, strict=True))))
            p = 1.0 / (1.0 + math.exp(-score))
            err = p - float(label)
            curve = max(p * (1.0 - p), 1e-9)
            for i in range(size):
                gradient[i] += err * row[i]
                for j in range(i, size):
                    hessian[i][j] += curve * row[i] * row[j]
        for i in range(size):
            for j in range(i):
                hessian[i][j] = hessian[j][i]
            if i:
                gradient[i] += l2 * weights[i]
                hessian[i][i] += l2
            hessian[i][i] += 1e-9
        step = _solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return weights
