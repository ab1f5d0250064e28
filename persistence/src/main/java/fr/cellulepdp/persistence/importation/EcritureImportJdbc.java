package fr.cellulepdp.persistence.importation;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.importation.EcritureImport;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.MotsRecherche;
import fr.cellulepdp.model.situation.OrdreNumerosDossier;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Reconnaissances;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.persistence.depot.PointDArret;
import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.indicateur.JournalIndicateurs;
import fr.cellulepdp.persistence.situation.DepotAssures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The import's batches written with plain JDBC: one prepared statement per table (people, files, consent partners,
 * search words), each batch's rows bound and sent at once, in the caller's transaction. The rows are the ones the
 * repositories write for a new person and a new file ({@code DepotAssures}, {@code DepotSituations}, the words of
 * {@code MotsDesDossiers}), computed here from the objects instead of being read back: the repositories' object
 * mapping and their query per batch for the search text cost more than the writing itself (issue 22, decision 0045).
 */
public final class EcritureImportJdbc implements EcritureImport {

    private static final String PERSONNE = "INSERT INTO assure (id, version, nir, nom, prenom, date_naissance, sexe, "
            + "adresse_ligne1, adresse_ligne2, code_postal, ville, email, telephone, statut, employeur_nom, "
            + "employeur_siret, emploi, rqth_debut, rqth_fin, boeth_debut, boeth_fin, inaptitude, date_inaptitude) "
            + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DOSSIER = "INSERT INTO situation (id, version, numero_dossier, numero_tri, "
            + "assure_id, referent_social_id, date_signalement, origine, risque, debut_arret, fin_arret_prevue, "
            + "consentement_date, consentement_retrait, service_sante_travail, urgent, urgent_motif, complexe, "
            + "complexe_motif, notes_sociales, avis_medical, statut, issue, date_cloture, texte_recherche) "
            + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PARTENAIRE = "INSERT INTO situation_consentement_partenaire (situation_id, "
            + "partenaire) VALUES (?, ?)";
    private static final String MOT = "INSERT INTO situation_mot (situation_id, mot, du_numero, numero_tri) "
            + "VALUES (?, ?, ?, ?)";

    private final ContexteJooq contexte;
    private final Runnable apresEcriture;
    private final DataSource parLots;
    /** From {@link #commencer} to {@link #terminer} on the H2 file: the import's own connection and prefix. */
    private Connection propre;
    private long prefixe;
    private int lotsEcrits;

    /** {@code apresEcriture} is told each time a batch was written (the H2 file is then compacted at closing). */
    public EcritureImportJdbc(ContexteJooq contexte, Runnable apresEcriture) {
        this(contexte, apresEcriture, null);
    }

    /**
     * With {@code parLots} (the embedded H2 file's pool), an import commits each batch on a connection of its own
     * and is made all-or-nothing by {@link ImportsInterrompus}: H2 spends most of a large import committing one huge
     * transaction, re-reading and decrypting the pages it wrote (decision 0051). Without, one transaction.
     */
    public EcritureImportJdbc(ContexteJooq contexte, Runnable apresEcriture, DataSource parLots) {
        this.contexte = contexte;
        this.apresEcriture = apresEcriture;
        this.parLots = parLots;
    }

    @Override
    public void commencer(UUID unIdentifiant) {
        if (parLots == null) {
            return;
        }
        try {
            propre = parLots.getConnection();
            propre.setAutoCommit(false);
            prefixe = unIdentifiant.getMostSignificantBits();
            ImportsInterrompus.noter(propre, prefixe);
        } catch (SQLException e) {
            fermer();
            throw new IllegalStateException("import impossible à commencer : " + e.getMessage(), e);
        }
    }

    @Override
    public void terminer() {
        if (propre == null) {
            return;
        }
        fermer();
        contexte.dsl().connection(connexion -> {
            ImportsInterrompus.effacerNote(connexion, prefixe);
            JournalIndicateurs.marquerSituations(connexion, ImportsInterrompus.premier(prefixe),
                    ImportsInterrompus.dernier(prefixe));
        });
    }

    @Override
    public void annuler() {
        if (parLots == null || prefixe == 0) {
            return;
        }
        fermer();
        try (Connection connexion = parLots.getConnection()) {
            connexion.setAutoCommit(false);
            ImportsInterrompus.annuler(connexion, prefixe);
        } catch (SQLException e) {
            throw new IllegalStateException("import interrompu non défait (il le sera à la prochaine ouverture) : "
                    + e.getMessage(), e);
        }
    }

    private void fermer() {
        if (propre == null) {
            return;
        }
        try {
            propre.rollback();
            propre.close();
        } catch (SQLException e) {
            // a connection that no longer answers: the import's line stays, the next opening undoes it
            org.slf4j.LoggerFactory.getLogger(EcritureImportJdbc.class).warn("connexion de l'import non fermée : {}",
                    e.getClass().getSimpleName());
        }
        propre = null;
    }

    @Override
    public void ecrire(List<DossierImporte> lot) {
        if (lot.isEmpty()) {
            return;
        }
        if (propre != null) {
            try {
                JournalIndicateurs.sansJournal(() -> {
                    ecrirePersonnes(propre, lot);
                    ecrireDossiers(propre, lot);
                    ecrireMots(propre, lot);
                    propre.commit();
                });
            } catch (SQLException e) {
                throw new IllegalStateException("lot de l'import non écrit : " + e.getMessage(), e);
            }
            apresEcriture.run();
            PointDArret.atteint("import-lot-" + ++lotsEcrits);
            return;
        }
        contexte.inTransaction(() -> {
            contexte.dsl().connection(connexion -> {
                // people before their files, files before their words (foreign keys)
                ecrirePersonnes(connexion, lot);
                ecrireDossiers(connexion, lot);
                ecrireMots(connexion, lot);
            });
            return null;
        });
        apresEcriture.run();
    }

    private static void ecrirePersonnes(Connection connexion, List<DossierImporte> lot) throws SQLException {
        try (PreparedStatement requete = connexion.prepareStatement(PERSONNE)) {
            int lignes = 0;
            for (DossierImporte dossier : lot) {
                if (!dossier.nouvelle()) {
                    continue;
                }
                Assure a = dossier.personne();
                Reconnaissances rec = a.reconnaissances();
                lier(requete, a.id(), a.nir().valeur(), a.nom(), a.prenom(), a.dateNaissance(), nom(a.sexe()),
                        a.adresse().ligne1(), a.adresse().ligne2(), a.adresse().codePostal(), a.adresse().ville(),
                        a.email(), a.telephone(), a.statut().name(), Conversions.nomEntreprise(a.employeur()),
                        Conversions.siret(a.employeur()), a.emploi(), rec.rqthDebut(), rec.rqthFin(),
                        rec.boethDebut(), rec.boethFin(), rec.inaptitude().name(), rec.dateInaptitude());
                requete.addBatch();
                lignes++;
            }
            if (lignes > 0) {
                requete.executeBatch();
            }
        }
    }

    private static void ecrireDossiers(Connection connexion, List<DossierImporte> lot) throws SQLException {
        try (PreparedStatement dossiers = connexion.prepareStatement(DOSSIER);
             PreparedStatement partenaires = connexion.prepareStatement(PARTENAIRE)) {
            int consentements = 0;
            for (DossierImporte dossier : lot) {
                Situation s = dossier.situation();
                lier(dossiers, s.id(), s.numeroDossier(), OrdreNumerosDossier.cle(s.numeroDossier()), s.assureId(),
                        s.referentSocialId(), s.dateSignalement(), s.origine().name(), s.risque().name(),
                        s.debutArret(), s.finArretPrevue(), s.consentement().dateRecueil(),
                        s.consentement().dateRetrait(), s.serviceSanteTravail(), s.urgent().leve(),
                        s.urgent().motif(), s.complexe().leve(), s.complexe().motif(), s.notesSociales(),
                        s.avisMedical(), s.statut().name(), nom(s.issue()), s.dateCloture(),
                        texteRecherche(s, dossier.personne()));
                dossiers.addBatch();
                for (Partenaire partenaire : s.consentement().partenaires()) {
                    lier(partenaires, s.id(), partenaire.name());
                    partenaires.addBatch();
                    consentements++;
                }
            }
            dossiers.executeBatch();
            if (consentements > 0) {
                partenaires.executeBatch();
            }
        }
    }

    /** The words {@code MotsDesDossiers} writes for a new file: its number's, then its person's, with its sort key. */
    private static void ecrireMots(Connection connexion, List<DossierImporte> lot) throws SQLException {
        try (PreparedStatement requete = connexion.prepareStatement(MOT)) {
            for (DossierImporte dossier : lot) {
                Situation s = dossier.situation();
                Assure a = dossier.personne();
                String cle = OrdreNumerosDossier.cle(s.numeroDossier());
                for (String mot : MotsRecherche.duNumero(s.numeroDossier())) {
                    lier(requete, s.id(), mot, true, cle);
                    requete.addBatch();
                }
                for (String mot : MotsRecherche.dePersonne(a.nom(), a.prenom(),
                        Conversions.nomEntreprise(a.employeur()))) {
                    lier(requete, s.id(), mot, false, cle);
                    requete.addBatch();
                }
            }
            requete.executeBatch();
        }
    }

    /** The file's search text as {@code DepotSituations} writes it: its number, then its person's names. */
    private static String texteRecherche(Situation s, Assure a) {
        return (Textes.pourRecherche(s.numeroDossier()) + " " + DepotAssures.texteRecherche(a.nom(), a.prenom(),
                Conversions.nomEntreprise(a.employeur()))).strip();
    }

    private static void lier(PreparedStatement requete, Object... valeurs) throws SQLException {
        for (int i = 0; i < valeurs.length; i++) {
            requete.setObject(i + 1, valeurs[i]);
        }
    }

    private static String nom(Enum<?> valeur) {
        return valeur == null ? null : valeur.name();
    }
}
