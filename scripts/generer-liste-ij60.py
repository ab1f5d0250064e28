#!/usr/bin/env python3
"""Writes a synthetic monthly IJ60 list (valid NIRs, invented names) to time the import.

Usage: python3 scripts/generer-liste-ij60.py 10000 > ij60-10000.csv
"""
import random
import sys


def cle(corps):
    return "%02d" % (97 - int(corps) % 97)


def main():
    lignes = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    hasard = random.Random(60)
    print("nir;nom;prenom;date_naissance;sexe;date_debut_arret;risque;employeur;siret;email;telephone;adresse")
    for i in range(lignes):
        sexe = hasard.choice("12")
        # département 58, commune and order number derived from i: every NIR of the file is distinct
        annee, mois = hasard.randint(50, 99), hasard.randint(1, 12)
        corps = "%s%02d%02d58%03d%03d" % (sexe, annee, mois, 100 + i // 1000, i % 1000)
        # birth date and sex as the NIR carries them: the import checks the identity against it
        print("%s%s;Nom%d;Prénom%d;01/%02d/19%02d;%s;%02d/%02d/2026;%s;Entreprise fictive;73282932000074;;;%d rue X, 58000 Nevers"
              % (corps, cle(corps), i, i, mois, annee, sexe, hasard.randint(1, 28), hasard.randint(1, 9),
                 hasard.choice(["maladie", "at", "mp", "invalidite"]), i))


if __name__ == "__main__":
    main()
