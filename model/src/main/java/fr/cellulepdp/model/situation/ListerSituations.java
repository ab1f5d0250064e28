package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Stockage;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case: the list of situations. A partner sees initials instead of names (DESIGN.md §2); the search and
 * filters of the Situations page build on this.
 */
public final class ListerSituations {

    private final Stockage stockage;

    public ListerSituations(Stockage stockage) {
        this.stockage = stockage;
    }

    /**
     * Searches in the database, one page at a time, so that the page stays fluid with 100 000 situations.
     * A partner cannot search by name: the text only matches file numbers for them.
     */
    public ResultatRecherche rechercher(Utilisateur acteur, CritereSituations critere) {
        CritereSituations permis = critere.avecParNom(critere.parNom() && acteur.role().estInterne());
        List<Situation> situations = stockage.situations().rechercher(permis);
        Map<UUID, Membre> membres = parId(stockage.membres().findAll(), Membre::id);
        List<ResumeSituation> lignes = situations.stream().map(s -> {
            long enAttente = stockage.demandes().findBySituation(s.id()).stream()
                    .filter(ListerSituations::enAttente).count();
            return resume(acteur, s, stockage.assures().get(s.assureId()), membres, enAttente);
        }).toList();
        return new ResultatRecherche(lignes, stockage.situations().compter(permis));
    }

    /**
     * The situations behind a figure (a click on the Indicateurs page), by file number, within the user's rights:
     * initials only for a partner.
     */
    public List<ResumeSituation> parIdentifiants(Utilisateur acteur, java.util.Collection<UUID> ids) {
        Map<UUID, Membre> membres = parId(stockage.membres().findAll(), Membre::id);
        return ids.stream().map(id -> stockage.situations().find(id)).flatMap(java.util.Optional::stream)
                .map(s -> resume(acteur, s, stockage.assures().get(s.assureId()), membres,
                        stockage.demandes().findBySituation(s.id()).stream().filter(ListerSituations::enAttente).count()))
                .sorted(java.util.Comparator.comparing(ResumeSituation::numeroDossier))
                .toList();
    }

    private static boolean enAttente(Demande d) {
        return d.statut() == StatutDemande.A_ETUDIER || d.statut() == StatutDemande.INSCRITE;
    }

    public List<ResumeSituation> lister(Utilisateur acteur) {
        Map<UUID, Assure> assures = parId(stockage.assures().findAll(), Assure::id);
        Map<UUID, Membre> membres = parId(stockage.membres().findAll(), Membre::id);
        Map<UUID, Long> enAttente = stockage.demandes().findAll().stream()
                .filter(ListerSituations::enAttente)
                .collect(Collectors.groupingBy(Demande::situationId, Collectors.counting()));
        return stockage.situations().findAll().stream()
                .map(s -> resume(acteur, s, assures.get(s.assureId()), membres, enAttente.getOrDefault(s.id(), 0L)))
                .toList();
    }

    private static ResumeSituation resume(Utilisateur acteur, Situation s, Assure assure, Map<UUID, Membre> membres,
                                          long enAttente) {
        Membre referent = s.referentSocialId() == null ? null : membres.get(s.referentSocialId());
        String personne = assure.designationPour(acteur.role());
        return new ResumeSituation(s.id(), s.numeroDossier(), personne, s.origine(), s.risque(), s.statut(),
                s.urgent().leve(), s.complexe().leve(), referent == null ? "" : referent.nomComplet(), enAttente);
    }

    private static <T> Map<UUID, T> parId(List<T> objets, Function<T, UUID> id) {
        return objets.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
