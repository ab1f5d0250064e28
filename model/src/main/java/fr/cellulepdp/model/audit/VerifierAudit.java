package fr.cellulepdp.model.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Use case: checks the audit trail and names the first forged, removed or reordered entry (command `verify-audit`,
 * Paramètres). Three layers: the chain of hashes (an entry edited, removed or inserted breaks it); the authors'
 * signatures, checked with the keys the trail itself registered, in order (an entry edited with the chain recomputed,
 * or two entries swapped, no longer carries its author's signature); the seal kept outside the table (entries removed
 * from the end).
 */
public final class VerifierAudit {

    /** Written unsigned by design: a refused login is written in the name of an account whose key is not open. */
    private static final Set<String> SANS_SIGNATURE = Set.of("CONNEXION_REFUSEE");
    /** Entries read at once: some 600 KB, whatever the trail's length. */
    static final int PAGE = 1000;
    private static final Pattern ENREGISTREMENT = Pattern.compile("compte (\\S+) ; clé publique (\\S+)");

    private final StockageAudit stockage;
    private final ActeurAuditCourant acteurCourant;

    public VerifierAudit(StockageAudit stockage, ActeurAuditCourant acteurCourant) {
        this.stockage = stockage;
        this.acteurCourant = acteurCourant;
    }

    /** The outcome: how many entries were checked (and signed), and the first broken one (0 when intact) with why. */
    public record Resultat(int entrees, long premiereRompue, String raison, int signees) {
        public Resultat(int entrees, long premiereRompue, String raison) {
            this(entrees, premiereRompue, raison, 0);
        }

        public boolean intact() {
            return premiereRompue == 0;
        }

        public String message() {
            return intact() ? "Journal d'audit intact : " + fr.cellulepdp.model.commun.Nombres.entier(entrees)
                    + " entrée" + (entrees > 1 ? "s" : "") + " vérifiée"
                    + (entrees > 1 ? "s" : "") + ", dont " + signees + " signée" + (signees > 1 ? "s" : "")
                    + " par leur auteur."
                    : "Journal d'audit altéré à l'entrée n° " + premiereRompue + " : " + raison;
        }
    }

    /** @throws fr.cellulepdp.model.commun.SaisieInvalideException for anyone but the coordinatrice, who alone reads the trail */
    public Resultat verifier() {
        return verifier(SceauJournal.Externes.AUCUN);
    }

    /**
     * The same check, also against the seals kept outside the database ({@code ailleurs}: the signed minutes'
     * records, a backup), read only once the right is granted.
     */
    public Resultat verifier(SceauJournal.Externes ailleurs) {
        acteurCourant.acteur().exigerLectureDuJournal("vérifie le journal d'audit");
        // the seals first: an entry appended by another computer during the walk is then beyond every seal read
        List<SceauJournal.Externe> sceaux = new java.util.ArrayList<>();
        stockage.sceauJournal().lire().ifPresent(s -> sceaux.add(new SceauJournal.Externe(
                stockage.sceauJournal().origine(), s)));
        sceaux.addAll(ailleurs.lire());
        Parcours parcours = new Parcours(sceaux);
        List<EvenementAudit> page = stockage.journalAudit().suivants(0, PAGE);
        while (!page.isEmpty()) {
            page.forEach(parcours::lire);
            page = page.size() < PAGE ? List.of()
                    : stockage.journalAudit().suivants(page.get(page.size() - 1).sequence(), PAGE);
        }
        return parcours.resultat();
    }

    /**
     * The walk of the trail, page after page, keeping what the check needs and nothing else: the keys registered so
     * far, the previous hash, the count, the hashes of the sealed entries. A trail of ten years is hundreds of
     * thousands of entries, beyond the window's heap: it is never held whole.
     */
    private static final class Parcours {
        private final List<SceauJournal.Externe> sceaux;
        private final Map<Long, String> hashesScelles = new HashMap<>();
        private final Map<String, String> cles = new HashMap<>();
        private String precedent = Audit.ORIGINE;
        private long attendue = 1;
        private int entrees;
        private int signees;
        private long premiereRompue;
        private String raison = "";

        Parcours(List<SceauJournal.Externe> sceaux) {
            this.sceaux = sceaux;
            sceaux.forEach(s -> hashesScelles.put(s.sceau().sequence(), null));
        }

        void lire(EvenementAudit e) {
            entrees++;
            if (premiereRompue != 0) {
                return; // broken already: the rest is only counted
            }
            Optional<String> rupture = rupture(e, attendue, precedent, cles);
            if (rupture.isPresent()) {
                premiereRompue = e.sequence() != attendue ? attendue : e.sequence();
                raison = rupture.get();
                return;
            }
            signees += e.signature().isEmpty() ? 0 : 1;
            if (hashesScelles.containsKey(e.sequence())) {
                hashesScelles.put(e.sequence(), e.hash());
            }
            precedent = e.hash();
            attendue++;
        }

        Resultat resultat() {
            if (premiereRompue != 0) {
                return new Resultat(entrees, premiereRompue, raison, signees);
            }
            return troncature(entrees, hashesScelles, cles, sceaux)
                    .map(t -> new Resultat(entrees, entrees + 1L, t, signees))
                    .orElseGet(() -> new Resultat(entrees, 0, "", signees));
        }
    }

    /** Why entry {@code e} is not what its author wrote, if it is not; registers the key it announces. */
    private static Optional<String> rupture(EvenementAudit e, long attendue, String precedent, Map<String, String> cles) {
        if (e.sequence() != attendue) {
            return Optional.of("l'entrée manque (supprimée).");
        }
        if (!e.hashPrecedent().equals(precedent)) {
            return Optional.of("elle ne suit pas l'entrée précédente (une entrée a été supprimée, insérée ou modifiée "
                    + "avant).");
        }
        if (!e.hash().equals(e.hashCalcule())) {
            return Optional.of("son contenu a été modifié après son écriture.");
        }
        String cleAuteur = cles.get(e.acteur());
        Matcher enregistrement = ENREGISTREMENT.matcher(e.details());
        boolean estEnregistrement = "CLE_SIGNATURE".equals(e.action()) && enregistrement.matches();
        if (cleAuteur == null && estEnregistrement && enregistrement.group(1).equals(e.acteur())) {
            // an account's first key vouches for itself
            cleAuteur = enregistrement.group(2);
        }
        if (cleAuteur != null && e.signature().isEmpty() && !SANS_SIGNATURE.contains(e.action())) {
            return Optional.of("elle n'est pas signée alors que son auteur (" + e.acteur() + ") signe ses entrées : "
                    + "elle a été ajoutée ou modifiée hors de l'application.");
        }
        if (!e.signature().isEmpty() && (cleAuteur == null || !Ed25519.verifier(cleAuteur, e.hash(), e.signature()))) {
            return Optional.of("elle ne porte pas la signature de son auteur (" + e.acteur() + ") : elle a été "
                    + "modifiée, déplacée ou ajoutée hors de l'application, la chaîne recalculée.");
        }
        if (estEnregistrement) {
            cles.put(enregistrement.group(1), enregistrement.group(2));
        }
        return Optional.empty();
    }

    /**
     * Entries removed from the end: a seal names a head the table no longer reaches, or no longer holds. Every seal is
     * checked (the key ring's, then those kept outside the database); a seal no known key signed is named first, then
     * the widest removal, then a sealed entry replaced.
     */
    private static Optional<String> troncature(int entrees, Map<Long, String> hashesScelles, Map<String, String> cles,
                                               List<SceauJournal.Externe> sceaux) {
        Optional<SceauJournal.Externe> faux = sceaux.stream().filter(e -> !signe(e.sceau(), cles)).findFirst();
        if (faux.isPresent()) {
            return Optional.of("le sceau du journal trouvé dans " + faux.get().origine() + " n'est pas signé par un "
                    + "compte connu : il a été modifié hors de l'application (ou les entrées qui enregistraient la clé "
                    + "de " + faux.get().sceau().acteur() + " ont été supprimées).");
        }
        Optional<SceauJournal.Externe> plusLong = sceaux.stream().filter(e -> e.sceau().sequence() > entrees)
                .max(java.util.Comparator.comparingLong(e -> e.sceau().sequence()));
        if (plusLong.isPresent()) {
            long scellees = plusLong.get().sceau().sequence();
            return Optional.of("les entrées n° " + (entrees + 1) + " à " + scellees + " ont été supprimées "
                    + "(" + plusLong.get().origine() + " en comptait " + scellees + ").");
        }
        return sceaux.stream().filter(e -> !e.sceau().hash().equals(hashesScelles.get(e.sceau().sequence())))
                .findFirst()
                .map(e -> "l'entrée n° " + e.sceau().sequence() + " scellée dans " + e.origine() + " a été remplacée.");
    }

    private static boolean signe(SceauJournal.Sceau s, Map<String, String> cles) {
        String cle = cles.get(s.acteur());
        return cle != null && s.sequence() > 0
                && Ed25519.verifier(cle, SceauJournal.Sceau.contenu(s.sequence(), s.hash()), s.signature());
    }
}
