package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case: the list of situations. A partner sees initials instead of names (DESIGN.md §2), and only the files whose
 * person's consent, valid today, covers the partner's kind of organisation; no search of theirs matches a NIR or a
 * name, so that unknown and hidden files get the same answer. The search and filters of the Situations page build
 * on this.
 */
public final class ListerSituations {

    private final StockageSituations stockage;
    private final fr.cellulepdp.model.commun.Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ListerSituations(StockageSituations stockage, UtilisateurCourant utilisateurCourant) {
        this(stockage, fr.cellulepdp.model.commun.Horloge.systeme(), utilisateurCourant);
    }

    public ListerSituations(StockageSituations stockage, fr.cellulepdp.model.commun.Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** For a partner, what their organisation may see; null for an internal member (everything). */
    private CritereSituations.Partage partage(Utilisateur acteur) {
        if (acteur.role().estInterne()) {
            return null;
        }
        Partenaire partenaire = acteur.membreId() == null ? null : stockage.membres().find(acteur.membreId())
                .map(Membre::partenaire).orElse(null);
        return new CritereSituations.Partage(partenaire, horloge.aujourdhui());
    }

    private static boolean visible(Situation s, CritereSituations.Partage partage) {
        return partage == null || partage.partenaire() != null
                && s.consentement().couvre(partage.partenaire(), partage.jour());
    }

    /**
     * Searches in the database, one page at a time, so that the page stays fluid with 100 000 situations.
     * A partner cannot search by name: the text only matches file numbers for them. One query reads the page and
     * one row more: that row tells « more than the page » without counting every match; the page's lines come with
     * their people's and référents' names and their waiting requests (decision 0060).
     */
    public ResultatRecherche rechercher(CritereSituations critere) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        CritereSituations permis = critere.avecParNom(critere.parNom() && acteur.role().estInterne())
                .avecPartage(partage(acteur));
        List<LigneSituation> lues = stockage.situations().lignes(permis.avecUneLigneDePlus());
        boolean davantage = lues.size() > permis.limite();
        List<LigneSituation> lignes = davantage ? lues.subList(0, permis.limite()) : lues;
        if (lignes.isEmpty() && permis.decalage() > 0) {
            // past the end: how many there are
            return new ResultatRecherche(List.of(), stockage.situations().compter(permis));
        }
        return new ResultatRecherche(lignes.stream().map(l -> resume(l, acteur)).toList(),
                permis.decalage() + (long) lignes.size(), davantage);
    }

    private static ResumeSituation resume(LigneSituation l, Utilisateur acteur) {
        return new ResumeSituation(l.id(), l.numeroDossier(), Assure.designation(l.nom(), l.prenom(), acteur.role()),
                l.origine(), l.risque(), l.statut(), l.urgent(), l.complexe(), l.referent(), l.demandesEnAttente());
    }

    /** The page's people and waiting requests read in one query each, not two queries a row. */
    private List<ResumeSituation> resumes(Utilisateur acteur, List<Situation> situations) {
        Map<UUID, Membre> membres = parId(stockage.membres().findAll(), Membre::id);
        List<UUID> personnes = situations.stream().map(Situation::assureId).distinct().toList();
        // a partner is shown initials only, read without the NIR his database role may not read on a server
        Map<UUID, String> designations = acteur.role().estInterne()
                ? stockage.assures().findAllById(personnes).stream().collect(Collectors.toMap(Assure::id,
                        a -> a.designationPour(acteur.role())))
                : stockage.assures().initiales(personnes);
        Map<UUID, Long> enAttente = stockage.demandesEnAttente().parSituation(situations.stream().map(Situation::id)
                .toList());
        return situations.stream().map(s -> resume(s, designations.get(s.assureId()), membres,
                enAttente.getOrDefault(s.id(), 0L))).toList();
    }

    /**
     * The situations behind a figure (a click on the Indicateurs page), by file number, within the user's rights:
     * initials only for a partner.
     */
    public List<ResumeSituation> parIdentifiants(java.util.Collection<UUID> ids) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        CritereSituations.Partage partage = partage(acteur);
        List<Situation> visibles = stockage.situations().findAllById(ids).stream().filter(s -> visible(s, partage))
                .toList();
        return resumes(acteur, visibles).stream().sorted(java.util.Comparator.comparing(ResumeSituation::numeroDossier,
                OrdreNumerosDossier.CROISSANT))
                .toList();
    }

    /**
     * How many situations the whole cell holds: for its internal members (a partner counts only the files shared
     * with his organisation, in his list).
     */
    public long nombre() {
        fr.cellulepdp.model.cellule.Droits.interne(utilisateurCourant.utilisateur(), "situations");
        return stockage.situations().count();
    }

    public List<ResumeSituation> lister() {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        if (!acteur.role().estInterne()) {
            // a partner's files are chosen in the database, as his search: his role on a server reads no other
            return rechercher(new CritereSituations("", false, null, null, null, null, null, null, false, 0,
                    Integer.MAX_VALUE)).lignes();
        }
        Map<UUID, Assure> assures = parId(stockage.assures().findAll(), Assure::id);
        Map<UUID, Membre> membres = parId(stockage.membres().findAll(), Membre::id);
        Map<UUID, Long> enAttente = stockage.demandesEnAttente().toutes();
        CritereSituations.Partage partage = partage(acteur);
        return stockage.situations().findAll().stream().filter(s -> visible(s, partage))
                .map(s -> resume(s, assures.get(s.assureId()).designationPour(acteur.role()), membres,
                        enAttente.getOrDefault(s.id(), 0L)))
                .toList();
    }

    private static ResumeSituation resume(Situation s, String personne, Map<UUID, Membre> membres, long enAttente) {
        return new ResumeSituation(s.id(), s.numeroDossier(), personne, s.origine(), s.risque(), s.statut(),
                s.urgent().leve(), s.complexe().leve(), referent(s.referentSocialId(), membres), enAttente);
    }

    private static String referent(UUID id, Map<UUID, Membre> membres) {
        Membre referent = id == null ? null : membres.get(id);
        return referent == null ? "" : referent.nomComplet();
    }

    private static <T> Map<UUID, T> parId(List<T> objets, Function<T, UUID> id) {
        return objets.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
