"""The learned scorer: a logistic regression over ``features.FEATURES`` that gives a name
match the probability of being right, and the auto cut on that probability.

- The shipped model (``match_model.json``) is fitted by bench/train_match_model.py on public
  labelled pairs, with the cut's precision curve measured on held-out public offers.
- Each run collects free labels: offers matched by an identifier (EAN/GTIN, a part number in
  their own column equal to a catalog code, a remembered decision) are the right answer for
  their name candidates; the other top candidates are hard negatives (``Decider.free_labels``).
- With enough of them the run adapts the model (a refit pulled towards the shipped weights)
  on one half of the labelled offers (each offer's half fixed by a hash of the offer itself, so
  a run with one more identified offer measures on the same others) and measures three
  decisions on the other half: the rules; the rules plus the review matches the model is
  surest of; the model alone at its cut. Each cut is the lowest probability at which the
  estimated precision (right + 1) / (auto + 2) reaches ``[matching] target_precision``; of
  the decisions that reach it the one with the most right autos is taken (with
  ``[matching] scorer = "learned"``).
- With too few labels the rules decide, and the estimate comes from the shipped model's
  calibration map (held-out public offers): its cut does not carry over between shops.
- Whenever the rules decide, their name autos are checked on the held-out labels too: when
  those show them below the target (``upper_bound``), the ones the model rates lowest go to
  review (``guard_cut``), under either scorer.
- Vetoed candidates (variants, siblings, colours, identifiers that disagree) never reach the
  model: ``decide_run`` only sees name matches that passed every veto.
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from pricesync.match.features.pair import FEATURES

if TYPE_CHECKING:
    from pricesync.match.config import MatchingConfig
    from pricesync.match.decision.decide import Verdict
    from pricesync.report import Reporter

MODEL_FILE = Path(__file__).with_name("match_model.json")
# A run adapts the model with at least this many positive and negative pairs, and calibrates
# on its own labels with at least this many held-out offers the name step would decide.
MIN_PAIRS = 40
MIN_HELD_OUT = 60
# How strongly a run's refit is held to the shipped weights (L2 on the difference).
PRIOR_STRENGTH = 20.0
# The guard acts on a run's own labels only when they show, at this one-sided confidence
# (95 %: z = 1.645), that the rules' name matches fall short of the target: a wrong auto or
# two in a hundred labelled offers is no evidence that 0.99 is missed.
GUARD_Z = 1.645


@dataclass
class Model:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    # (cut, estimated precision, auto offers) on held-out public offers, cuts descending.
    curve: list[tuple[float, float, int]] = field(default_factory=list)
    # (upper probability, share right) per bin of held-out public offers, monotone: what a
    # probability has meant on data the weights were not fitted on.
    bins: list[tuple[float, float]] = field(default_factory=list)
    info: dict = field(default_factory=dict)

    def prob(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=float).reshape(-1, len(self.mean))
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "mean": self.mean.round(6).tolist(), "scale": self.scale.round(6).tolist(),
                "weights": self.weights.round(6).tolist(), "bias": round(float(self.bias), 6),
                "curve": [[round(c, 6), round(p, 6), n] for c, p, n in self.curve],
                "bins": [[round(u, 6), round(r, 6)] for u, r in self.bins], **self.info}

    @classmethod
    def from_json(cls, data: dict) -> "Model":
        if list(data["features"]) != list(FEATURES):
            raise ValueError("match model features differ from pricesync.match.features.pair.FEATURES; retrain it")
        info = {k: v for k, v in data.items()
                if k not in ("features", "mean", "scale", "weights", "bias", "curve", "bins")}
        return cls(np.array(data["mean"]), np.array(data["scale"]), np.array(data["weights"]), float(data["bias"]),
                   [(float(c), float(p), int(n)) for c, p, n in data.get("curve", [])],
                   [(float(u), float(r)) for u, r in data.get("bins", [])], info)

    def calibrated(self, p: np.ndarray) -> np.ndarray:
        """The share of held-out public offers at probability ``p`` that were right."""
        if not self.bins:
            return np.asarray(p, dtype=float)
        uppers = np.array([u for u, _ in self.bins])
        rates = np.array([r for _, r in self.bins])
        return rates[np.minimum(np.searchsorted(uppers, p), len(rates) - 1)]

    def cut_for(self, target: float) -> tuple[float, float | None]:
        """The shipped curve's lowest cut reaching ``target`` (inf when none does)."""
        best = (float("inf"), None)
        for cut, precision, _ in self.curve:
            if precision >= target:
                best = (cut, precision)
        return best


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> Model:
    return Model.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def default_model() -> Model:
    """The shipped model (``PRICESYNC_MATCH_MODEL`` names another file, for experiments)."""
    return load_model(Path(os.environ.get("PRICESYNC_MATCH_MODEL") or MODEL_FILE))


def fit(x: np.ndarray, y: np.ndarray, *, prior: Model | None = None, l2: float = 1.0,
        weight: np.ndarray | None = None, iterations: int = 50) -> Model:
    """Logistic regression by Newton steps (rows weighted by ``weight``), L2 towards
    ``prior``'s weights (or zero) in the prior's standardisation (or this data's)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    weight = np.ones(len(y)) if weight is None else np.asarray(weight, dtype=float)
    if prior is not None:
        mean, scale, w0, b0 = prior.mean, prior.scale, prior.weights.copy(), prior.bias
    else:
        mean, scale = x.mean(axis=0), x.std(axis=0)
        scale[scale < 1e-9] = 1.0
        w0, b0 = np.zeros(x.shape[1]), 0.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    theta = np.append(w0, b0)
    centre = theta.copy()
    penalty = np.full(len(theta), l2)
    penalty[-1] = 1e-6  # the bias is free
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ theta, -40, 40)))
        grad = z.T @ (weight * (p - y)) + penalty * (theta - centre)
        hess = (z * (weight * p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return Model(mean, scale, theta[:-1], float(theta[-1]))


def curve(p: np.ndarray, right: np.ndarray) -> list[tuple[float, float, int]]:
    """For each distinct probability (descending): cut, estimated precision of the offers at
    or above it ((right + 1) / (n + 2): a handful of labels cannot claim 0.99), their number."""
    order = np.argsort(-p, kind="stable")
    p, right = p[order], right[order].astype(float)
    hits = np.cumsum(right)
    out = []
    for k in range(len(p)):
        if k + 1 < len(p) and p[k + 1] == p[k]:
            continue
        out.append((float(p[k]), float((hits[k] + 1) / (k + 3)), k + 1))
    return out


def calibrate(p: np.ndarray, right: np.ndarray, target: float) -> tuple[float, float | None, int]:
    """The lowest cut whose estimated precision reaches ``target``: (cut, estimate, auto offers);
    (inf, None, 0) when none does."""
    best: tuple[float, float | None, int] = (float("inf"), None, 0)
    for cut, precision, n in curve(np.asarray(p, dtype=float), np.asarray(right, dtype=bool)):
        if precision >= target:
            best = (cut, precision, n)
    return best


def calibrate_added(p: np.ndarray, right: np.ndarray, rules_auto: np.ndarray,
                    target: float) -> tuple[float, float]:
    """The lowest cut at which the rules' autos plus the offers at or above it keep the
    estimated precision at ``target``: (cut, estimate); (inf, the rules' estimate) when
    adding any lowers it below."""
    best = (float("inf"), _laplace(right[rules_auto]))
    for cut in np.unique(p[~rules_auto])[::-1]:
        auto = rules_auto | (p >= cut)
        estimate = _laplace(right[auto])
        if estimate >= target:
            best = (float(cut), estimate)
    return best


def upper_bound(right: np.ndarray, z: float = GUARD_Z) -> float:
    """Wilson's one-sided upper confidence bound of the share right: the best precision the
    labels still allow."""
    n = len(right)
    if n == 0:
        return 1.0
    share = float(np.sum(right)) / n
    centre = share + z * z / (2 * n)
    spread = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    return min(1.0, (centre + spread) / (1 + z * z / n))


def guard_cut(p: np.ndarray, right: np.ndarray, rules_auto: np.ndarray, target: float) -> float:
    """The probability below which the rules' name autos go to review: 0 (none) unless the
    held-out labels show the rules' autos below ``target`` (``upper_bound``); then the lowest
    cut at which the share right of the autos at or above it reaches ``target`` (inf: none)."""
    auto_p, auto_right = p[rules_auto], right[rules_auto]
    if upper_bound(auto_right) >= target:
        return 0.0
    for cut in np.unique(auto_p):  # ascending: the first cut that reaches the target keeps most
        kept = auto_right[auto_p >= cut]
        if kept.mean() >= target:
            return float(cut)
    return float("inf")


def _laplace(right: np.ndarray) -> float:
    return float((right.sum() + 1) / (len(right) + 2))


def _needed(target: float) -> int:
    """(right + 1) / (n + 2) reaches ``target`` only from this many offers on."""
    return math.ceil((2 * target - 1) / (1 - target) - 1e-9)


def bins(p: np.ndarray, right: np.ndarray, n: int = 20) -> list[tuple[float, float]]:
    """Equal-count bins of ``p`` with their share right, made monotone (pool adjacent
    violators): the calibration map stored with the shipped model."""
    order = np.argsort(p, kind="stable")
    p, right = np.asarray(p)[order], np.asarray(right, dtype=float)[order]
    blocks = [[float(part_p[-1]), float(part_r.sum()), len(part_r)]
              for part_p, part_r in zip(np.array_split(p, n), np.array_split(right, n)) if len(part_r)]
    merged: list[list[float]] = []
    for block in blocks:
        merged.append(block)
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] > merged[-1][1] / merged[-1][2]:
            upper, hits, count = merged.pop()
            merged[-1] = [upper, merged[-1][1] + hits, merged[-1][2] + count]
    return [(upper, hits / count) for upper, hits, count in merged]


def decide_run(verdicts: "list[Verdict]", config: "MatchingConfig", reporter: "Reporter | None" = None, *,
               training: bool = False) -> dict:
    """Scores the name matches that passed the vetoes, picks the auto cut (module docstring)
    and, with ``[matching] scorer = "learned"``, decides them; returns what was done."""
    target = config.target_precision
    identified = [v for v in verdicts if v.labels is not None] if not training else []
    labelled = [v.labels for v in identified]
    fitted = [not v.held_out for v in identified]
    positives = sum(lab for entry in labelled for _, lab in entry[2])
    negatives = sum(not lab for entry in labelled for _, lab in entry[2])
    model = default_model()
    source = "shipped model"
    held = [(i, e) for i, e in enumerate(labelled) if e[0] is not None]
    fit_side = [e for i, e in enumerate(labelled) if fitted[i]]
    fit_pos = sum(lab for e in fit_side for _, lab in e[2])
    fit_neg = sum(not lab for e in fit_side for _, lab in e[2])
    needed = max(MIN_HELD_OUT, _needed(target))
    if fit_pos >= MIN_PAIRS and fit_neg >= MIN_PAIRS and sum(not fitted[i] for i, _ in held) >= needed:
        x = np.array([f for e in fit_side for f, _ in e[2]])
        y = np.array([lab for e in fit_side for _, lab in e[2]], dtype=float)
        model = fit(x, y, prior=model, l2=PRIOR_STRENGTH)
        held = [(i, e) for i, e in held if not fitted[i]]
        source = "adapted on this run's free labels"
    rules_estimate, mode, cut, estimate, guard = None, "rules", float("inf"), None, 0.0
    if held:
        p = model.prob(np.array([e[0] for _, e in held]))
        right = np.array([e[1] for _, e in held], dtype=bool)
        rules_auto = np.array([e[3] for _, e in held], dtype=bool)
    if len(held) >= needed:
        rules_estimate = _laplace(right[rules_auto])
        calibrated = f"{len(held)} held-out labelled offers of this run"
        # Three ways to decide, each measured on the held-out offers: the rules; the rules
        # plus the review matches the model is surest of (as many as keep the target); the
        # model alone at its own cut. Of those estimated to reach the target, the one with
        # the most right autos decides (the rules on a tie); none reaching it, the rules.
        options = [("rules", float("inf"), rules_estimate, int((rules_auto & right).sum()))]
        add_cut, add_estimate = calibrate_added(p, right, rules_auto, target)
        if add_cut < float("inf"):
            options.append(("adds", add_cut, add_estimate, int(((rules_auto | (p >= add_cut)) & right).sum())))
        own_cut, own_estimate, _ = calibrate(p, right, target)
        if own_estimate is not None:
            options.append(("decides", own_cut, own_estimate, int(((p >= own_cut) & right).sum())))
        reaching = [o for o in options if o[2] >= target]
        if reaching:
            mode, cut, estimate, _ = max(reaching, key=lambda o: o[3])
        else:
            estimate = rules_estimate
            calibrated += "; no decision reaches the target on them: the rules decide"
    else:
        calibrated = "too few free labels: the rules decide"
    if held and not (config.scorer == "learned" and mode != "rules"):
        # The rules decide: unless the run's own labels show their name matches below the
        # target, then those the model rates lowest go to review (``guard_cut``).
        guard = guard_cut(p, right, rules_auto, target)
        if guard:
            kept = rules_auto & (p >= guard)
            estimate = _laplace(right[kept]) if kept.any() else None
            calibrated += (f"; they show the rules' name matches below the target (upper bound "
                           f"{upper_bound(right[rules_auto]):.3f}): name matches under model "
                           + (f"{guard:.3f} go to review" if guard < float("inf") else "cut: all go to review"))
    scored = [v for v in verdicts if v.features is not None]
    probs = model.prob(np.array([v.features for v in scored])) if scored else np.zeros(0)
    if mode == "rules" and estimate is None:
        # The shipped cut does not carry over between shops (measured: README, "How matching
        # decides"); the estimate is the shipped calibration of the rules' name autos.
        autos = np.array([p for v, p in zip(scored, probs.tolist()) if v.status == "auto"])
        estimate = float(default_model().calibrated(autos).mean()) if len(autos) else None
        calibrated += "; estimate from the shipped model's calibration on public offers"
    decide = config.scorer == "learned" and mode != "rules"
    promoted = demoted = guarded = 0
    for v, p in zip(scored, probs.tolist()):
        auto = p >= cut or mode == "adds" and v.status == "auto"
        if decide and v.status in ("auto", "review") and (v.status == "auto") != auto:
            promoted += auto
            demoted += not auto
            v.status = "auto" if auto else "review"
            if auto:
                v.candidates = ""
        v.reason += f"; model {p:.3f}" + (f" {'>=' if p >= cut else '<'} cut {cut:.3f}" if mode != "rules" else "")
        if guard and v.status == "auto" and p < guard:
            guarded += 1
            v.status = "review"
            v.reason += " < the run's guard cut" if guard < float("inf") \
                else "; the run's labels show name matches below the target"
    in_force = estimate if decide or guard or rules_estimate is None else rules_estimate
    summary = {"free_label_offers": len(labelled), "free_label_positives": int(positives),
               "free_label_negatives": int(negatives), "scorer": "learned" if decide else "rules",
               "model_role": mode if decide else "reports", "model": source, "target_precision": target,
               "auto_cut": _finite(cut), "estimated_precision": _rounded(in_force),
               "model_estimated_precision": _rounded(estimate), "calibrated_on": calibrated,
               "name_matches_scored": len(scored), "shipped_cut": _finite(default_model().cut_for(target)[0]),
               "promoted_to_auto": promoted, "sent_to_review": demoted,
               "guard_cut": None if not guard else _finite(guard), "sent_to_review_by_guard": guarded}
    if reporter is not None and not training:
        if guarded:
            reporter.warn(f"{guarded} name matches sent to review: this run's identified offers show the name "
                          f"step below the target precision {target} ({calibrated})")
        est = "unknown" if in_force is None else f"{in_force:.3f}"
        who = f"the learned scorer ({mode}, cut {cut:.3f})" if decide else "the rules"
        reporter.info(f"free labels: {len(labelled)} identified offers, {positives} positive / {negatives} negative "
                      f"pairs; name matches decided by {who}; estimated precision {est} for target {target} "
                      f"({calibrated})")
    return summary


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(float(x), 4)


def _finite(x: float) -> float | None:
    return None if x == float("inf") else round(x, 4)
