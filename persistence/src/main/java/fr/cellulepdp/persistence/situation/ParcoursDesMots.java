package fr.cellulepdp.persistence.situation;

import static fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The files whose words begin every word typed, newest first, read from the ordered index of the words
 * {@code (mot, numero_tri DESC, situation_id)} (V36, decision 0050) without looking a file up. A word typed stands
 * for the few words of the index it begins (« hele »: « helene »), each read newest first by small slices; their
 * union is merged in Java; several words typed are intersected by leapfrogging: every range is brought to the oldest
 * of their heads, by an index seek when its slice does not reach it. So « hélène boulangerie » reads about the
 * entries of the files down to the page's last, not every file of either word. H2 only (on PostgreSQL the planner
 * does the search, under its row-level security).
 */
final class ParcoursDesMots {

    /** A word typed that begins more words of the index than this (« m ») is not walked: the caller reads otherwise. */
    static final int MOTS_MAX = 16;

    /** Entries first read from one word's range; each further slice of the range is twice the one before. */
    static final int TRANCHE = 64;

    /** The largest slice. */
    static final int TRANCHE_MAX = 4_096;

    /** An entry of the index: a file's sort key and id. */
    record Entree(String cle, UUID id) {
    }

    /** The index's order: newest file first, then the ids as H2 orders them (unsigned), for files of equal keys. */
    static final Comparator<Entree> ORDRE = Comparator.comparing(Entree::cle, Comparator.reverseOrder())
            .thenComparing(Entree::id, (a, b) -> {
                int haut = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
                return haut != 0 ? haut : Long.compareUnsigned(a.getLeastSignificantBits(),
                        b.getLeastSignificantBits());
            });

    private final DSLContext dsl;
    private final List<Terme> termes;
    private int requetes;

    private ParcoursDesMots(DSLContext dsl) {
        this.dsl = dsl;
        this.termes = new ArrayList<>();
    }

    /**
     * The walk of the files every typed word begins a word of, older than the key {@code avant} (null: from the
     * newest); empty when a typed word begins more than {@value #MOTS_MAX} words of the index.
     */
    static Optional<ParcoursDesMots> ouvrir(DSLContext dsl, List<String> motsTapes, String avant) {
        ParcoursDesMots parcours = new ParcoursDesMots(dsl);
        for (String tape : motsTapes) {
            Curseur entier = parcours.plageCourte(tape, avant);
            if (entier != null) {
                parcours.termes.add(new Terme(List.of(entier)));
                continue;
            }
            List<String> mots = motsCommencantPar(dsl, tape);
            if (mots == null) {
                return Optional.empty();
            }
            parcours.termes.add(new Terme(mots.stream().map(mot -> parcours.new Curseur(mot, avant)).toList()));
        }
        return Optional.of(parcours);
    }

    /** A typed word's range read whole in one query when it holds this many entries or fewer (a name, a number). */
    static final int PLAGE_COURTE = 256;

    /**
     * The entries of every word beginning with {@code debut}, sorted newest first in Java, when there are at most
     * {@value #PLAGE_COURTE} of them (one query instead of a seek per word: « nom4242 » begins 11 words); null
     * for a longer range.
     */
    private Curseur plageCourte(String debut, String avant) {
        var lignes = dsl.select(SITUATION_MOT.MOT, SITUATION_MOT.NUMERO_TRI, SITUATION_MOT.SITUATION_ID)
                .from(SITUATION_MOT).where(SITUATION_MOT.MOT.ge(debut))
                .orderBy(SITUATION_MOT.MOT, SITUATION_MOT.NUMERO_TRI.desc(), SITUATION_MOT.SITUATION_ID)
                .limit(PLAGE_COURTE + 1).fetch();
        requetes++;
        List<Entree> entrees = new ArrayList<>();
        for (var ligne : lignes) {
            if (!ligne.value1().startsWith(debut)) {
                return plageEntiere(entrees, avant);
            }
            entrees.add(new Entree(ligne.value2(), ligne.value3()));
        }
        // the range goes on past the limit, or to the end of the index
        return lignes.size() > PLAGE_COURTE ? null : plageEntiere(entrees, avant);
    }

    /** A range read whole: its entries newest first, each file once, older than {@code avant}. */
    private Curseur plageEntiere(List<Entree> entrees, String avant) {
        Curseur entier = new Curseur(null, avant);
        entrees.stream().distinct().sorted(ORDRE)
                .filter(e -> avant == null || ORDRE.compare(e, entier.derniere) > 0)
                .forEach(entier.tampon::addLast);
        entier.fini = true;
        return entier;
    }

    /**
     * The distinct words of the index that begin with {@code debut}, found by skipping from one to the next (one
     * index seek each, not a read of the range); null past {@value #MOTS_MAX}.
     */
    private static List<String> motsCommencantPar(DSLContext dsl, String debut) {
        List<String> mots = new ArrayList<>();
        String mot = dsl.select(SITUATION_MOT.MOT).from(SITUATION_MOT).where(SITUATION_MOT.MOT.ge(debut))
                .orderBy(SITUATION_MOT.MOT).limit(1).fetchOne(SITUATION_MOT.MOT);
        while (mot != null && mot.startsWith(debut)) {
            if (mots.size() == MOTS_MAX) {
                return null;
            }
            mots.add(mot);
            // ">= mot + \0", the least text after it: H2 seeks it, where "> mot" read every entry of the word first
            mot = dsl.select(SITUATION_MOT.MOT).from(SITUATION_MOT).where(SITUATION_MOT.MOT.ge(mot + '\0'))
                    .orderBy(SITUATION_MOT.MOT).limit(1).fetchOne(SITUATION_MOT.MOT);
        }
        return mots;
    }

    /** Up to {@code n} more files, newest first; fewer when every match has been given. */
    List<Entree> suivantes(int n) {
        List<Entree> lues = new ArrayList<>(Math.min(n, 1_024));
        while (lues.size() < n) {
            Entree suivante = suivante();
            if (suivante == null) {
                break;
            }
            lues.add(suivante);
        }
        return lues;
    }

    /** Queries run so far (the tests check that a page reads slices, not whole ranges). */
    int requetes() {
        return requetes;
    }

    /** The next file of every typed word (leapfrog): each range brought to the oldest head until all agree. */
    private Entree suivante() {
        if (termes.isEmpty()) {
            return null;
        }
        while (true) {
            Entree cible = null;
            for (Terme terme : termes) {
                Entree tete = terme.tete();
                if (tete == null) {
                    return null;
                }
                if (cible == null || ORDRE.compare(tete, cible) > 0) {
                    cible = tete;
                }
            }
            boolean toutes = true;
            for (Terme terme : termes) {
                terme.avancerJusqua(cible);
                Entree tete = terme.tete();
                if (tete == null) {
                    return null;
                }
                toutes &= tete.equals(cible);
            }
            if (toutes) {
                for (Terme terme : termes) {
                    terme.passer(cible);
                }
                return cible;
            }
        }
    }

    /** A typed word: the union of the ranges of the words it begins, newest first, each file once. */
    private static final class Terme {

        private final List<Curseur> curseurs;

        Terme(List<Curseur> curseurs) {
            this.curseurs = curseurs;
        }

        Entree tete() {
            Entree tete = null;
            for (Curseur curseur : curseurs) {
                Entree sienne = curseur.tete();
                if (sienne != null && (tete == null || ORDRE.compare(sienne, tete) < 0)) {
                    tete = sienne;
                }
            }
            return tete;
        }

        void avancerJusqua(Entree cible) {
            curseurs.forEach(c -> c.avancerJusqua(cible));
        }

        void passer(Entree entree) {
            for (Curseur curseur : curseurs) {
                if (entree.equals(curseur.tete())) {
                    curseur.tampon.pollFirst();
                }
            }
        }
    }

    /** One word's range, newest first, read by growing slices. */
    private final class Curseur {

        private final String mot;
        private final ArrayDeque<Entree> tampon = new ArrayDeque<>();
        /** The key the next slice starts at (inclusive), null from the newest; and whether the range is read out. */
        private String depuis;
        private Entree derniere;
        private boolean fini;
        private int tranche = TRANCHE;
        /** Entries the last slice added. */
        private int lues;

        Curseur(String mot, String avant) {
            this.mot = mot;
            this.depuis = avant;
            this.derniere = avant == null ? null : new Entree(avant, new UUID(-1L, -1L));
        }

        Entree tete() {
            if (tampon.isEmpty() && !fini) {
                lire(derniere, false);
            }
            return tampon.peekFirst();
        }

        /** Drops the entries newer than {@code cible}; when the slice ends before it, seeks it in the index. */
        void avancerJusqua(Entree cible) {
            int sautees = 0;
            while (!tampon.isEmpty() && ORDRE.compare(tampon.peekFirst(), cible) < 0) {
                tampon.pollFirst();
                sautees++;
            }
            if (tampon.isEmpty() && !fini && (derniere == null || ORDRE.compare(derniere, cible) < 0)) {
                // a whole slice jumped over (a rarer word far ahead): a small slice again where it lands, so that
                // a rare word does not make a frequent one read ever larger slices at each of its files; a slice
                // walked through (two frequent words side by side) goes on doubling
                depuis = cible.cle();
                if (sautees >= lues) {
                    tranche = TRANCHE;
                }
                lire(new Entree(cible.cle(), avantLePremier(cible.id())), false);
            }
        }

        /**
         * A slice from {@code depuis} (inclusive: files of equal keys are not skipped), without the entries up to
         * {@code deja} (already passed); {@code apres}: strictly older than {@code depuis}. The slice's last entry
         * tells where the next one starts.
         */
        private void lire(Entree deja, boolean apres) {
            var cle = SITUATION_MOT.NUMERO_TRI;
            var lignes = dsl.select(cle, SITUATION_MOT.SITUATION_ID).from(SITUATION_MOT)
                    .where(SITUATION_MOT.MOT.eq(mot)).and(depuis == null ? org.jooq.impl.DSL.noCondition()
                            : apres ? cle.lt(depuis) : cle.le(depuis))
                    .orderBy(SITUATION_MOT.MOT, cle.desc(), SITUATION_MOT.SITUATION_ID)
                    .limit(tranche).fetch();
            requetes++;
            lues = 0;
            for (var ligne : lignes) {
                Entree entree = new Entree(ligne.value1(), ligne.value2());
                if (deja == null || ORDRE.compare(entree, deja) > 0) {
                    tampon.addLast(entree);
                    lues++;
                }
            }
            fini = lignes.size() < tranche;
            tranche = Math.min(2 * tranche, TRANCHE_MAX);
            if (!lignes.isEmpty()) {
                var der = lignes.get(lignes.size() - 1);
                derniere = new Entree(der.value1(), der.value2());
                depuis = derniere.cle();
                if (tampon.isEmpty() && !fini) {
                    // a whole slice of one key already passed (never with numbers of the PDP-AAAA-N shape): the
                    // rest of that key is skipped
                    lire(derniere, true);
                }
            }
        }
    }

    /** The id just before {@code id} in H2's order, so that a seek keeps {@code id} itself. */
    private static UUID avantLePremier(UUID id) {
        long bas = id.getLeastSignificantBits();
        long haut = id.getMostSignificantBits();
        return bas != 0 ? new UUID(haut, bas - 1) : new UUID(haut - 1, -1L);
    }
}
