package fr.cellulepdp.persistence.situation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.exception.DataAccessException;

/**
 * The files whose words begin every word typed, newest first, read from the ordered index of the words
 * {@code (mot, numero_tri DESC, situation_id)} (V36, decision 0050) without looking a file up. A word typed stands
 * for the few words of the index it begins (« hele »: « helene »), each read newest first by small slices; their
 * union is merged in Java; several words typed are intersected by leapfrogging: every range is brought to the oldest
 * of their heads, by an index seek when its slice does not reach it. So « hélène boulangerie » reads about the
 * entries of the files down to the page's last, not every file of either word. H2 only (on PostgreSQL the planner
 * does the search, under its row-level security).
 *
 * <p>The walk's statements run on the page's one connection, each prepared once per walk and run again with other
 * values (decision 0062): a frequent word's slices and seeks were a dozen statements, each rendered by jOOQ, parsed by
 * H2 and run on a connection taken from the pool and given back.
 */
final class ParcoursDesMots implements AutoCloseable {

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

    /** The walk's statements: H2's, as jOOQ renders the generated names (the walk runs on H2 only). */
    private static final String ENTREES = "select \"MOT\", \"NUMERO_TRI\", \"SITUATION_ID\" from \"SITUATION_MOT\" "
            + "where \"MOT\" >= ? order by \"MOT\", \"NUMERO_TRI\" desc, \"SITUATION_ID\" fetch next ? rows only";
    private static final String MOT_SUIVANT = "select \"MOT\" from \"SITUATION_MOT\" where \"MOT\" >= ? "
            + "order by \"MOT\" fetch next 1 rows only";
    private static final String TRANCHE_SQL = "select \"NUMERO_TRI\", \"SITUATION_ID\" from \"SITUATION_MOT\" "
            + "where \"MOT\" = ? %s order by \"MOT\", \"NUMERO_TRI\" desc, \"SITUATION_ID\" fetch next ? rows only";
    private static final String TRANCHE_DEBUT = TRANCHE_SQL.formatted("");
    private static final String TRANCHE_DEPUIS = TRANCHE_SQL.formatted("and \"NUMERO_TRI\" <= ?");
    private static final String TRANCHE_APRES = TRANCHE_SQL.formatted("and \"NUMERO_TRI\" < ?");

    private final Connection connexion;
    private final Map<String, PreparedStatement> preparees = new HashMap<>();
    private final List<Terme> termes;
    private final int plageCourte;
    private final int premiereTranche;
    private int requetes;

    private ParcoursDesMots(Connection connexion, int plageCourte, int premiereTranche) {
        this.connexion = connexion;
        this.termes = new ArrayList<>();
        this.plageCourte = plageCourte;
        this.premiereTranche = premiereTranche;
    }

    /**
     * The walk of the files every typed word begins a word of, older than the key {@code avant} (null: from the
     * newest), on this connection (the caller closes the walk, then the connection); empty when a typed word begins
     * more than {@value #MOTS_MAX} words of the index.
     */
    static Optional<ParcoursDesMots> ouvrir(Connection connexion, List<String> motsTapes, String avant) {
        return ouvrir(connexion, motsTapes, avant, PLAGE_COURTE, TRANCHE);
    }

    /** With other sizes of a short range and of a first slice: the tests walk a few files by tiny slices. */
    static Optional<ParcoursDesMots> ouvrir(Connection connexion, List<String> motsTapes, String avant,
                                            int plageCourte, int premiereTranche) {
        ParcoursDesMots parcours = new ParcoursDesMots(connexion, plageCourte, premiereTranche);
        for (String tape : motsTapes) {
            Terme terme = parcours.terme(tape, avant);
            if (terme == null) {
                parcours.close();
                return Optional.empty();
            }
            parcours.termes.add(terme);
        }
        return Optional.of(parcours);
    }

    /**
     * A typed word's walk: its range read whole when short; otherwise the words of the index it begins, those met in
     * that first reading already holding their newest entries (no seek, no first slice for them); null past
     * {@value #MOTS_MAX} words.
     */
    private Terme terme(String tape, String avant) {
        List<Ligne> lignes = entreesDepuis(tape);
        List<Ligne> debut = lignes.stream().takeWhile(l -> l.mot().startsWith(tape)).toList();
        if (debut.size() < lignes.size() || lignes.size() <= plageCourte) {
            // the range ends within the reading: read whole
            return new Terme(List.of(plageEntiere(debut.stream().map(Ligne::entree).toList(), avant)));
        }
        List<Curseur> curseurs = new ArrayList<>();
        String mot = null;
        if (avant == null) {
            // the words read whole, then the last one's newest entries: the rest of its range is walked
            for (int i = 0; i < debut.size(); ) {
                String sien = debut.get(i).mot();
                List<Entree> entrees = new ArrayList<>();
                for (; i < debut.size() && debut.get(i).mot().equals(sien); i++) {
                    entrees.add(debut.get(i).entree());
                }
                curseurs.add(new Curseur(sien, entrees, i < debut.size()));
                mot = sien;
            }
        }
        if (curseurs.size() > MOTS_MAX) {
            return null;
        }
        mot = mot == null ? premierMot(tape) : premierMot(mot + '\0');
        while (mot != null && mot.startsWith(tape)) {
            if (curseurs.size() >= MOTS_MAX) {
                return null;
            }
            curseurs.add(new Curseur(mot, avant));
            // ">= mot + \0", the least text after it: H2 seeks it, where "> mot" read every entry of the word first
            mot = premierMot(mot + '\0');
        }
        return new Terme(curseurs);
    }

    /** An entry of the index with its word. */
    private record Ligne(String mot, Entree entree) {
    }

    /** A typed word's range read whole in one query when it holds this many entries or fewer (a name, a number). */
    static final int PLAGE_COURTE = 256;

    /** The first {@link #plageCourte} + 1 entries of the index from {@code debut} on, in the index's order. */
    private List<Ligne> entreesDepuis(String debut) {
        List<Ligne> lignes = new ArrayList<>();
        executer(ENTREES, rs -> lignes.add(new Ligne(rs.getString(1), new Entree(rs.getString(2),
                rs.getObject(3, UUID.class)))), debut, plageCourte + 1);
        return lignes;
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

    /** The first word of the index from {@code depuis} on (one index seek), null past the last. */
    private String premierMot(String depuis) {
        List<String> mot = new ArrayList<>(1);
        executer(MOT_SUIVANT, rs -> mot.add(rs.getString(1)), depuis);
        return mot.isEmpty() ? null : mot.get(0);
    }

    /** Runs one of the walk's statements with these values, prepared on the first run only. */
    private void executer(String sql, Lecteur lecteur, Object... valeurs) {
        try {
            PreparedStatement requete = preparees.get(sql);
            if (requete == null) {
                requete = connexion.prepareStatement(sql);
                preparees.put(sql, requete);
            }
            for (int i = 0; i < valeurs.length; i++) {
                requete.setObject(i + 1, valeurs[i]);
            }
            requetes++;
            try (ResultSet rs = requete.executeQuery()) {
                while (rs.next()) {
                    lecteur.lire(rs);
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("the walk of the search words", e);
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    private interface Lecteur {
        void lire(ResultSet rs) throws SQLException;
    }

    /** Closes the walk's statements (the connection is the caller's). */
    @Override
    public void close() {
        for (PreparedStatement requete : preparees.values()) {
            try {
                requete.close();
            } catch (SQLException ignoree) {
                // closed with its connection anyway
            }
        }
        preparees.clear();
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
        private int tranche = premiereTranche;
        /** Entries the last slice added. */
        private int lues;

        Curseur(String mot, String avant) {
            this.mot = mot;
            this.depuis = avant;
            this.derniere = avant == null ? null : new Entree(avant, new UUID(-1L, -1L));
        }

        /** A range whose newest entries are already read ({@code fini}: all of them, the range is read out). */
        Curseur(String mot, List<Entree> premieres, boolean fini) {
            this(mot, null);
            premieres.forEach(tampon::addLast);
            lues = premieres.size();
            derniere = premieres.get(premieres.size() - 1);
            depuis = derniere.cle();
            this.fini = fini;
            while (tranche < TRANCHE_MAX && tranche <= lues) {
                tranche *= 2;
            }
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
                    tranche = premiereTranche;
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
            List<Entree> lignes = new ArrayList<>(tranche);
            Lecteur lecteur = rs -> lignes.add(new Entree(rs.getString(1), rs.getObject(2, UUID.class)));
            if (depuis == null) {
                executer(TRANCHE_DEBUT, lecteur, mot, tranche);
            } else {
                executer(apres ? TRANCHE_APRES : TRANCHE_DEPUIS, lecteur, mot, depuis, tranche);
            }
            lues = 0;
            for (Entree entree : lignes) {
                if (deja == null || ORDRE.compare(entree, deja) > 0) {
                    tampon.addLast(entree);
                    lues++;
                }
            }
            fini = lignes.size() < tranche;
            tranche = Math.min(2 * tranche, TRANCHE_MAX);
            if (!lignes.isEmpty()) {
                derniere = lignes.get(lignes.size() - 1);
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
