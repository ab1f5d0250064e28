#!/usr/bin/env python3
"""Summarises the samples of the search benchmarks: lines « JAR MEASURE ELAPSED_MS CPU_MS », one row per measure,
per jar the median and a second statistic (p95 for warm samples, max for the few first searches of new processes).

Usage: resume-mesures.py p95|max SAMPLES_FILE JAR [JAR ...]
"""
import collections
import statistics
import sys


def p95(v):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(0.95 * (len(v) - 1))))]


statistique, fichier, jars = sys.argv[1], sys.argv[2], sys.argv[3:]
seconde = {"p95": p95, "max": max}[statistique]
ech = collections.defaultdict(list)
for ligne in open(fichier):
    jar, mesure, duree, cpu = ligne.split()
    ech[(mesure, int(jar))].append((float(duree), float(cpu)))
for i, jar in enumerate(jars):
    print(f"jar {i} : {jar}")
print(f"{'mesure':28}" + "".join(f" | jar {i}: elapsed median / {statistique}, CPU median / {statistique} (n)"
                                 for i in range(len(jars))))
for mesure in sorted(dict.fromkeys(m for m, _ in ech)):
    cellules = []
    for i in range(len(jars)):
        v = ech.get((mesure, i), [])
        e = [x[0] for x in v]
        c = [x[1] for x in v]
        cellules.append(f" | {statistics.median(e):7.1f} / {seconde(e):7.1f} ms, {statistics.median(c):7.1f} / "
                        f"{seconde(c):7.1f} ms ({len(v)})" if v else " | –")
    print(f"{mesure:28}" + "".join(cellules))
