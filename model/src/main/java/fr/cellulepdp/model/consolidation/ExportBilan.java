package fr.cellulepdp.model.consolidation;

import fr.cellulepdp.model.indicateur.FaitsBilan;
import fr.cellulepdp.model.indicateur.Periode;

/**
 * A cell's anonymous facts for one period, as signed in its export file: the cell's name, the period, the version of
 * the definitions, the facts after small-count suppression, and the signer's public key (Ed25519, X.509 in Base64)
 * with its SHA-256 fingerprint, which the regional coordinator compares with the one the cell gave her.
 */
public record ExportBilan(String cellule, Periode periode, String version, FaitsBilan faits, String clePublique,
                          String empreinteCle) {
}
