#!/usr/bin/env python3
"""The package cycles of one module, from its compiled classes (decision record 0036).

    python3 scripts/cycles-paquets.py model/target/classes [fr.cellulepdp.model.]

Reads the package-to-package edges with the JDK's jdeps, keeps those between the packages just below the prefix,
and prints the strongly connected groups, the pairs that depend on each other, and the edges lying on a cycle.
"""
import collections
import re
import subprocess
import sys

classes = sys.argv[1]
prefixe = sys.argv[2] if len(sys.argv) > 2 else "fr.cellulepdp.model."
sortie = subprocess.run(["jdeps", "-verbose:package", "-filter:none", classes], capture_output=True, text=True,
                        check=True).stdout


def paquet(nom):
    return nom[len(prefixe):].split(".")[0] if nom.startswith(prefixe) else None


aretes = collections.defaultdict(set)
for ligne in sortie.splitlines():
    m = re.match(r"^\s+(\S+)\s+->\s+(\S+)", ligne)
    if m:
        a, b = paquet(m.group(1)), paquet(m.group(2))
        if a and b and a != b:
            aretes[a].add(b)
noeuds = sorted(set(aretes) | {b for v in aretes.values() for b in v})


def atteints(depart):
    vus, pile = set(), [depart]
    while pile:
        for suivant in aretes.get(pile.pop(), ()):
            if suivant not in vus:
                vus.add(suivant)
                pile.append(suivant)
    return vus


atteint = {n: atteints(n) for n in noeuds}
groupes, faits = [], set()
for n in noeuds:
    if n not in faits:
        groupe = sorted({n} | {m for m in atteint[n] if n in atteint[m]})
        faits |= set(groupe)
        if len(groupe) > 1:
            groupes.append(groupe)
print("strongly connected groups:", groupes)
print("pairs depending on each other:", sorted(f"{a} <-> {b}" for a in noeuds for b in aretes.get(a, ())
                                              if a < b and a in aretes.get(b, ())))
sur_cycle = sorted(f"{a} -> {b}" for a in noeuds for b in aretes.get(a, ()) if a in atteint[b])
print(len(sur_cycle), "edges on a cycle:")
for arete in sur_cycle:
    print("  ", arete)
