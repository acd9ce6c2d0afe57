# Reference for tests/core/models/bg_nbd_test.cpp: the BG/NBD chance of at least one purchase in
# the 90 days after the calibration end (1997-09-30), at the published CDNOW parameters, for every
# 20th customer of CDNOW_sample.txt. Computed from the model's definition, not the closed form the
# C++ code uses: 1 − P(no purchase), where P(no purchase) weighs the two ways the model could have
# produced the history (alive at T and silent through T + t, or dropped out after the last
# purchase), with λ integrated numerically over its gamma prior (mpmath tanh-sinh, 50 digits).
# Run: python3 tests/data/cdnow/make_purchase_chance.py > tests/data/cdnow/purchase_chance.csv
import datetime
import os

import mpmath as mp

mp.mp.dps = 30
here = os.path.dirname(os.path.abspath(__file__))
days = {}
for line in open(os.path.join(here, "CDNOW_sample.txt")):
    f = line.split()
    if f:
        days.setdefault(int(f[1]), set()).add(datetime.date(int(f[2][:4]), int(f[2][4:6]), int(f[2][6:])))
cal_end = datetime.date(1997, 9, 30)
r, alpha, a, b = map(mp.mpf, ("0.243", "4.414", "0.793", "2.426"))
t = mp.mpf(90) / 7
prior = lambda lam: alpha**r * lam ** (r - 1) * mp.exp(-alpha * lam) / mp.gamma(r)


def silent_until(x, u):  # E[λ^x e^{−λu}] over the prior
    with mp.workdps(50):
        return +mp.quad(lambda lam: lam**x * mp.exp(-lam * u) * prior(lam), [0, 1, mp.inf])


print("customer,x,t_x_days,T_days,p_purchase_90_days")
for cid in sorted(days)[::20]:
    ds = sorted(days[cid])
    rep = [d for d in ds[1:] if d <= cal_end]
    x = len(rep)
    t_x_days = (rep[-1] - ds[0]).days if x else 0
    T_days = (cal_end - ds[0]).days
    t_x, T = mp.mpf(t_x_days) / 7, mp.mpf(T_days) / 7
    keep = mp.beta(a, b + x) / mp.beta(a, b)  # (1 − p)^x over the beta prior
    alive = keep * silent_until(x, T)
    quiet = keep * silent_until(x, T + t)
    dead = mp.beta(a + 1, b + x - 1) / mp.beta(a, b) * silent_until(x, t_x) if x else 0
    chance = 1 - (quiet + dead) / (alive + dead)
    print(f"{cid},{x},{t_x_days},{T_days},{mp.nstr(chance, 17)}")
