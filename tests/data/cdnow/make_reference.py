# Reference values for tests/core/models/{bg_nbd,pareto_nbd,gamma_gamma}_test.cpp at the
# published CDNOW parameters (README.md), computed with mpmath at 30 digits and, where the
# C++ code uses the hypergeometric 2F1, by numerical integration of the model's definition
# instead, so the two computations share no formula beyond the likelihood's first line.
# Run: python3 tests/data/cdnow/make_reference.py > tests/data/cdnow/reference.csv
import datetime
import os

import mpmath as mp

mp.mp.dps = 30
here = os.path.dirname(os.path.abspath(__file__))

# Histories from the log: same-day rows merge, calibration to 1997-09-30, holdout to 1998-06-30.
days = {}
for line in open(os.path.join(here, "CDNOW_sample.txt")):
    f = line.split()
    if not f:
        continue
    d = datetime.date(int(f[2][:4]), int(f[2][4:6]), int(f[2][6:]))
    days.setdefault(int(f[1]), {}).setdefault(d, 0.0)
    days[int(f[1])][d] += float(f[4])
cal_end, hold_end = datetime.date(1997, 9, 30), datetime.date(1998, 6, 30)
customers = []  # (x, t_x, T, zbar)
for cid in sorted(days):
    ds = sorted(days[cid])
    first = ds[0]
    rep = [d for d in ds[1:] if d <= cal_end]
    x = len(rep)
    t_x = mp.mpf((rep[-1] - first).days) / 7 if x else mp.mpf(0)
    T = mp.mpf((cal_end - first).days) / 7
    zbar = sum(days[cid][d] for d in rep) / x if x else 0.0
    customers.append((x, t_x, T, mp.mpf(zbar)))
t = mp.mpf((hold_end - cal_end).days) / 7


def integral(f, lo, hi):
    # At 30 digits tanh-sinh missed some of the Pareto/NBD integrals by 1e-6 relative without
    # a warning; at 50 it agrees with mpmath's hyp2f1 closed forms to 1e-20.
    with mp.workdps(50):
        return +mp.quad(f, [lo, hi])


out = []

# BG/NBD, Fader, Hardie & Lee (2005).
r, alpha, a, b = map(mp.mpf, ("0.243", "4.414", "0.793", "2.426"))
B = mp.beta
ll = palive = expected = 0
for x, t_x, T, _ in customers:
    common = mp.gamma(r + x) * alpha**r / mp.gamma(r)
    alive = B(a, b + x) / B(a, b) * common / (alpha + T) ** (r + x)
    dead = B(a + 1, b + x - 1) / B(a, b) * common / (alpha + t_x) ** (r + x) if x else 0
    ll += mp.log(alive + dead)
    p_alive = alive / (alive + dead)
    palive += p_alive
    # Alive at T: λ ~ gamma(r+x, α+T), p ~ beta(a, b+x); E[X(t) | λ, p] = (1 − e^{−λpt})/p.
    inner = lambda p: (p ** (a - 1) * (1 - p) ** (b + x - 1) / B(a, b + x)
                       * (1 - ((alpha + T) / (alpha + T + p * t)) ** (r + x)) / p)
    expected += p_alive * integral(inner, 0, 1)
out += [("bg_nbd_log_likelihood", ll), ("bg_nbd_sum_probability_alive", palive),
        ("bg_nbd_sum_expected_holdout", expected)]
new = integral(lambda p: p ** (a - 1) * (1 - p) ** (b - 1) / B(a, b)
               * (1 - (alpha / (alpha + p * 39)) ** r) / p, 0, 1)
out.append(("bg_nbd_new_customer_expected_39_weeks", new))

# One heavy buyer, x = 2000, t_x = T = 39, t = 39: the C++ 2F1 is near e^1300, past
# the double range, so only its logarithm can be carried.
x, t_x, T = 2000, mp.mpf(39), mp.mpf(39)
common = mp.gamma(r + x) * alpha**r / mp.gamma(r)
alive = B(a, b + x) / B(a, b) * common / (alpha + T) ** (r + x)
dead = B(a + 1, b + x - 1) / B(a, b) * common / (alpha + t_x) ** (r + x)
heavy = alive / (alive + dead) * integral(
    lambda p: (p ** (a - 1) * (1 - p) ** (b + x - 1) / B(a, b + x)
               * (1 - ((alpha + T) / (alpha + T + p * 39)) ** (r + x)) / p), 0, 1)
out.append(("bg_nbd_heavy_buyer_expected_39_weeks", heavy))

# Pareto/NBD, Schmittlein, Morrison & Colombo (1987): L = λ^x e^{−(λ+μ)T} + λ^x ∫_{t_x}^T μ
# e^{−(λ+μ)τ} dτ, integrated over λ ~ gamma(r, α), μ ~ gamma(s, β) term by term.
r, alpha, s, beta = map(mp.mpf, ("0.553", "10.578", "0.606", "11.669"))
ll = palive = expected = 0
for x, t_x, T, _ in customers:
    common = mp.gamma(r + x) * alpha**r * beta**s / mp.gamma(r)
    alive = common / ((alpha + T) ** (r + x) * (beta + T) ** s)
    dead = common * s * integral(lambda u: (alpha + u) ** -(r + x) * (beta + u) ** -(s + 1),
                                 t_x, T) if T > t_x else 0
    ll += mp.log(alive + dead)
    p_alive = alive / (alive + dead)
    palive += p_alive
    # Alive at T: λ ~ gamma(r+x, α+T), μ ~ gamma(s, β+T); E[Y(t)] = E[λ] ∫_0^t E[e^{−μu}] du.
    expected += p_alive * (r + x) / (alpha + T) * integral(
        lambda u: ((beta + T) / (beta + T + u)) ** s, 0, t)
out += [("pareto_nbd_log_likelihood", ll), ("pareto_nbd_sum_probability_alive", palive),
        ("pareto_nbd_sum_expected_holdout", expected)]

# The same likelihood where α ≥ β, the other 2F1 branch in the C++ code; α = 30, β = 2 puts
# the 2F1 argument (α − β)/(α + t) as high as 0.93, where the series converges slowly.
r, alpha, s, beta = map(mp.mpf, ("0.553", "30", "0.606", "2"))
ll = 0
for x, t_x, T, _ in customers:
    common = mp.gamma(r + x) * alpha**r * beta**s / mp.gamma(r)
    alive = common / ((alpha + T) ** (r + x) * (beta + T) ** s)
    dead = common * s * integral(lambda u: (alpha + u) ** -(r + x) * (beta + u) ** -(s + 1),
                                 t_x, T) if T > t_x else 0
    ll += mp.log(alive + dead)
out.append(("pareto_nbd_log_likelihood_alpha_30_beta_2", ll))

# Gamma-Gamma, Fader, Hardie & Lee (2005b): zbar | ν ~ gamma(px, νx), ν ~ gamma(q, γ).
p, q, g = map(mp.mpf, ("6.25", "3.74", "15.44"))
ll = 0
for x, _, _, zbar in customers:
    if x == 0 or zbar <= 0:
        continue
    ll += (mp.loggamma(p * x + q) - mp.loggamma(p * x) - mp.loggamma(q) + q * mp.log(g)
           + (p * x - 1) * mp.log(zbar) + p * x * mp.log(x) - (p * x + q) * mp.log(g + x * zbar))
out.append(("gamma_gamma_log_likelihood", ll))

print("quantity,value")
for name, value in out:
    print(f"{name},{mp.nstr(value, 17)}")
