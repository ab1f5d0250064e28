package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.situation.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case: the follow-ups the cell's decisions created ("assurer le suivi des décisions"): listed by due date,
 * overdue ones flagged, filtered by the member responsible; a member marks one done with a note. Those due are
 * proposed on the next agenda by {@link fr.cellulepdp.model.seance.PreparerSeance}.
 */
public final class SuivreSuivis {

    private final StockageSuivis stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public SuivreSuivis(StockageSuivis stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** One line of the Suivis page, with what the user may see of the person. */
    public record LigneSuivi(UUID id, long version, UUID situationId, String numeroDossier, String personne,
                             String mesure, String action, UUID responsableId, String responsable,
                             LocalDate echeance, boolean enRetard, LocalDate realiseLe, String note,
                             java.time.Instant rappeleLe) {
        public boolean realise() {
            return realiseLe != null;
        }
    }

    /**
     * The follow-ups by due date (then file number); {@code responsableId} null for every member; done ones only
     * when {@code avecRealises}.
     */
    public List<LigneSuivi> lister(UUID responsableId, boolean avecRealises) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Objects.requireNonNull(acteur, "acteur");
        LocalDate aujourdhui = horloge.aujourdhui();
        Map<UUID, Membre> membres = stockage.membres().findAll().stream()
                .collect(Collectors.toMap(Membre::id, Function.identity()));
        Map<UUID, java.time.Instant> rappels = derniersRappels();
        List<Suivi> retenus = (avecRealises ? stockage.suivis().findAll() : stockage.suivis().nonRealises()).stream()
                .filter(s -> responsableId == null || responsableId.equals(s.responsableId()))
                .toList();
        // their files and people read in one query each, not one per follow-up (thousands at ten years)
        Map<UUID, Situation> situations = stockage.situations().findAllById(retenus.stream()
                        .map(Suivi::situationId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Situation::id, Function.identity()));
        Map<UUID, String> personnes = stockage.assures().findAllById(situations.values().stream()
                        .map(Situation::assureId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.designationPour(acteur.role())));
        Map<UUID, String> mesures = stockage.mesuresDecidees().libelles(retenus.stream().map(Suivi::decisionId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<LigneSuivi> lignes = new ArrayList<>();
        for (Suivi s : retenus) {
            Situation situation = situations.get(s.situationId());
            String personne = personnes.get(situation.assureId());
            Membre responsable = s.responsableId() == null ? null : membres.get(s.responsableId());
            String mesure = s.decisionId() == null ? "" : mesures.getOrDefault(s.decisionId(), "");
            lignes.add(new LigneSuivi(s.id(), s.version(), s.situationId(), situation.numeroDossier(), personne,
                    mesure, s.action(), s.responsableId(), responsable == null ? "" : responsable.nomComplet(),
                    s.echeance(), s.estEnRetard(aujourdhui), s.realiseLe(), s.note(), rappels.get(s.id())));
        }
        lignes.sort(Comparator.comparing(LigneSuivi::echeance).thenComparing(LigneSuivi::numeroDossier,
                fr.cellulepdp.model.situation.OrdreNumerosDossier.CROISSANT));
        return lignes;
    }

    /** When each follow-up was last named in a reminder that left (see {@link EnvoyerRappels}). */
    private Map<UUID, java.time.Instant> derniersRappels() {
        Map<UUID, java.time.Instant> derniers = new HashMap<>();
        for (RappelSuivis r : stockage.rappels().findAll()) {
            if (r.envoyeLe() != null) {
                r.suiviIds().forEach(id -> derniers.merge(id, r.envoyeLe(), (a, b) -> a.isAfter(b) ? a : b));
            }
        }
        return derniers;
    }

    /**
     * Marks a follow-up done on {@code le} with a note of what was done. Refused, naming the field, without a date,
     * with a date in the future, without a note, when already done, or for a partner; a save over a newer version
     * is refused by the repository (someone else marked it meanwhile).
     */
    public Suivi marquerRealise(UUID suiviId, long version, LocalDate le, String note) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.interne(acteur, "suivi");
        return stockage.transactions().inTransaction(() -> {
            Suivi suivi = stockage.suivis().get(suiviId);
            if (suivi.version() != version) {
                throw new ConflitDeModificationException("Suivi", suiviId);
            }
            List<Probleme> problemes = new ArrayList<>();
            if (suivi.estRealise()) {
                problemes.add(new Probleme("suivi", "ce suivi est déjà marqué réalisé le "
                        + Horodatages.date(suivi.realiseLe()) + "."));
            }
            if (le == null) {
                problemes.add(new Probleme("realiseLe", "indiquez la date à laquelle le suivi a été réalisé."));
            } else if (le.isAfter(horloge.aujourdhui())) {
                problemes.add(new Probleme("realiseLe", "la date de réalisation (" + Horodatages.date(le)
                        + ") ne peut pas être dans le futur."));
            }
            if (note == null || note.isBlank()) {
                problemes.add(new Probleme("note", "indiquez en quelques mots ce qui a été fait."));
            }
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            Suivi fait = stockage.suivis().save(new Suivi(suivi.id(), version, suivi.situationId(),
                    suivi.decisionId(), suivi.action(), suivi.responsableId(), suivi.echeance(), le, note.strip()));
            new Audit(stockage, horloge).noter(acteur, "SUIVI_REALISE", "Suivi", suiviId, "réalisé le "
                    + Horodatages.date(le));
            return fait;
        });
    }
}
