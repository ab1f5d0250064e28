package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.LigneSituation;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.OrdreNumerosDossier;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.SituationRepository;
import fr.cellulepdp.model.situation.StatutSituation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The situations, one per file number, in the order of their numbers; the search reads the same criteria as the
 * SQL one (a complete NIR finds its person; other text parts of the number, or of the person's names and employer
 * when names may be searched). How fast that is, and the SQL itself, are the persistence module's tests.
 */
final class SituationsEnMemoire extends TableEnMemoire<Situation> implements SituationRepository {

    private static final Comparator<Situation> PAR_NUMERO = Comparator.comparing(
            s -> OrdreNumerosDossier.cle(s.numeroDossier()), Comparator.nullsFirst(Comparator.naturalOrder()));

    private final AssuresEnMemoire assures;
    private final DepotsEnMemoire.Demandes demandes;
    private final MembresEnMemoire membres;

    SituationsEnMemoire(AssuresEnMemoire assures, DepotsEnMemoire.Demandes demandes, MembresEnMemoire membres) {
        super("Situation", PAR_NUMERO, List.of(new Unicite<>("uq_situation_numero", Situation::numeroDossier)));
        this.assures = assures;
        this.demandes = demandes;
        this.membres = membres;
    }

    @Override
    public List<Situation> findByAssure(UUID assureId) {
        return ou(s -> s.assureId().equals(assureId));
    }

    @Override
    public Optional<Situation> findByNumeroDossier(String numeroDossier) {
        return ou(s -> s.numeroDossier().equals(numeroDossier)).stream().findFirst();
    }

    @Override
    public List<Situation> ouvertesDe(Collection<UUID> assureIds) {
        return ou(s -> assureIds.contains(s.assureId()) && s.statut() != StatutSituation.CLOTUREE);
    }

    @Override
    public List<String> numerosDossier(String prefixe) {
        return ou(s -> s.numeroDossier().startsWith(prefixe)).stream().map(Situation::numeroDossier).toList();
    }

    @Override
    public List<Situation> rechercher(CritereSituations critere) {
        List<Situation> plusRecentesDabord = new java.util.ArrayList<>(ou(condition(critere)));
        java.util.Collections.reverse(plusRecentesDabord);
        return plusRecentesDabord.stream().skip(critere.decalage()).limit(critere.limite()).toList();
    }

    @Override
    public List<LigneSituation> lignes(CritereSituations critere) {
        return rechercher(critere).stream().map(s -> {
            Optional<Assure> personne = assures.find(s.assureId());
            long enAttente = demandes.findBySituation(s.id()).stream().map(Demande::statut)
                    .filter(st -> st == StatutDemande.A_ETUDIER || st == StatutDemande.INSCRITE).count();
            return new LigneSituation(s.id(), s.numeroDossier(), personne.map(Assure::nom).orElse(""),
                    personne.map(Assure::prenom).orElse(""), s.origine(), s.risque(), s.statut(), s.urgent().leve(),
                    s.complexe().leve(), s.referentSocialId() == null ? "" : membres.find(s.referentSocialId())
                            .map(fr.cellulepdp.model.cellule.Membre::nomComplet).orElse(""), enAttente);
        }).toList();
    }

    @Override
    public long compter(CritereSituations critere) {
        return ou(condition(critere)).size();
    }

    private Predicate<Situation> condition(CritereSituations c) {
        Predicate<Situation> condition = s -> true;
        if (!c.texte().isEmpty()) {
            condition = condition.and(texte(c.texte(), c.parNom()));
        }
        if (c.statut() != null) {
            condition = condition.and(s -> s.statut() == c.statut());
        }
        if (c.origine() != null) {
            condition = condition.and(s -> s.origine() == c.origine());
        }
        if (c.risque() != null) {
            condition = condition.and(s -> s.risque() == c.risque());
        }
        if (c.referentId() != null) {
            condition = condition.and(s -> c.referentId().equals(s.referentSocialId()));
        }
        if (c.urgent() != null) {
            condition = condition.and(s -> s.urgent().leve() == c.urgent());
        }
        if (c.complexe() != null) {
            condition = condition.and(s -> s.complexe().leve() == c.complexe());
        }
        if (c.partage() != null) {
            condition = condition.and(s -> partage(s, c.partage()));
        }
        if (c.apres() != null) {
            String cle = OrdreNumerosDossier.cle(c.apres());
            condition = condition.and(s -> OrdreNumerosDossier.cle(s.numeroDossier()).compareTo(cle) < 0);
        }
        if (c.avecDemandesEnAttente()) {
            condition = condition.and(s -> demandes.findBySituation(s.id()).stream().map(Demande::statut)
                    .anyMatch(st -> st == StatutDemande.A_ETUDIER || st == StatutDemande.INSCRITE));
        }
        return condition;
    }

    private static boolean partage(Situation s, CritereSituations.Partage partage) {
        LocalDate recueil = s.consentement().dateRecueil();
        LocalDate retrait = s.consentement().dateRetrait();
        return partage.partenaire() != null && recueil != null && !recueil.isAfter(partage.jour())
                && (retrait == null || retrait.isAfter(partage.jour()))
                && s.consentement().partenaires().contains(partage.partenaire());
    }

    private Predicate<Situation> texte(String texte, boolean parNom) {
        if (parNom && Nir.verifier(texte) == null) {
            Optional<UUID> personne = assures.findByNir(Nir.de(texte)).map(Assure::id);
            return s -> personne.isPresent() && s.assureId().equals(personne.get());
        }
        if (parNom) {
            String cherche = Textes.pourRecherche(texte);
            return s -> texteRecherche(s).contains(cherche);
        }
        String cherche = texte.toUpperCase(Locale.ROOT);
        return s -> s.numeroDossier().contains(cherche);
    }

    /** "numéro nom prénom prénom nom employeur", folded, as the search column of persistence. */
    private String texteRecherche(Situation s) {
        String personne = assures.find(s.assureId()).map(a -> String.join(" ", a.nom(), a.prenom(), a.prenom(),
                a.nom(), a.employeur() == null || a.employeur().nom() == null ? "" : a.employeur().nom())).orElse("");
        return Textes.pourRecherche(s.numeroDossier() + " " + personne);
    }
}
