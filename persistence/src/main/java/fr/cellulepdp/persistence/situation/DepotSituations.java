package fr.cellulepdp.persistence.situation;

import fr.cellulepdp.persistence.depot.Identifiants;
import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.ASSURE;
import static fr.cellulepdp.persistence.jooq.Tables.DEMANDE;
import static fr.cellulepdp.persistence.jooq.Tables.MEMBRE;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION_CONSENTEMENT_PARTENAIRE;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.Drapeau;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.LigneSituation;
import fr.cellulepdp.model.situation.MotsRecherche;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.OrdreNumerosDossier;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.SituationRepository;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.persistence.jooq.tables.records.SituationRecord;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Result;
import org.jooq.impl.DSL;

public final class DepotSituations extends DepotJooq<Situation, SituationRecord> implements SituationRepository {

    /** A word beginning this many index entries is read file by file in file-number order (see texte). */
    static final int MOT_FREQUENT = 5_000;

    private final int motFrequent;
    private final int fenetre;
    private final int plageCourte;
    private final int tranche;

    public DepotSituations(ContexteJooq contexte) {
        this(contexte, MOT_FREQUENT, FENETRE);
    }

    /** With another threshold of frequent words: the tests try both ways on a few files. */
    DepotSituations(ContexteJooq contexte, int motFrequent) {
        this(contexte, motFrequent, FENETRE);
    }

    /** With other thresholds, and a walk of the newest {@code fenetre} files only: the tests try every way. */
    DepotSituations(ContexteJooq contexte, int motFrequent, int fenetre) {
        this(contexte, motFrequent, fenetre, ParcoursDesMots.PLAGE_COURTE, ParcoursDesMots.TRANCHE);
    }

    /** With other sizes of the words' walk too: the tests walk a few files by tiny slices. */
    DepotSituations(ContexteJooq contexte, int motFrequent, int fenetre, int plageCourte, int tranche) {
        super(contexte, SITUATION, SITUATION.ID, SITUATION.VERSION, "Situation");
        this.motFrequent = motFrequent;
        this.fenetre = fenetre;
        this.plageCourte = plageCourte;
        this.tranche = tranche;
    }

    @Override
    public List<Situation> findByAssure(UUID assureId) {
        return trouverOu(SITUATION.ASSURE_ID.eq(assureId));
    }

    @Override
    public Optional<Situation> findByNumeroDossier(String numeroDossier) {
        return trouverOu(SITUATION.NUMERO_DOSSIER.eq(numeroDossier)).stream().findFirst();
    }

    @Override
    public List<Situation> ouvertesDe(Collection<UUID> assureIds) {
        return assureIds.isEmpty() ? List.of() : trouverOu(Identifiants.parmi(SITUATION.ASSURE_ID, assureIds)
                .and(SITUATION.STATUT.ne(StatutSituation.CLOTUREE.name())));
    }

    @Override
    public List<String> numerosDossier(String prefixe) {
        return contexte.dsl().select(SITUATION.NUMERO_DOSSIER).from(SITUATION)
                .where(SITUATION.NUMERO_DOSSIER.startsWith(prefixe)).fetch(SITUATION.NUMERO_DOSSIER);
    }

    /** A page of whole situations with their consent partners (see {@link #lire}). */
    @Override
    public List<Situation> rechercher(CritereSituations critere) {
        DSLContext dsl = contexte.dsl();
        Result<SituationRecord> lignes = dsl.newResult(SITUATION);
        lire(dsl, critere, new Lecture(colonnesPour(critere), situations -> situations))
                .forEach(r -> lignes.add(r.into(SITUATION)));
        return depuisPage(dsl, lignes);
    }

    /**
     * The page of the Situations list in one query: the list's columns, the person's and the référent's names
     * (joined: one lookup each per file of the page) and the waiting requests (counted per file of the page along
     * the requests' index of the file), instead of whole situations with their consent partners, then whole people,
     * the members, and the requests grouped (decision 0060). On a server a partner's role reads the people's first
     * letters only (V33's view).
     */
    @Override
    public List<LigneSituation> lignes(CritereSituations critere) {
        NomsDesPersonnes personnes = NomsDesPersonnes.pour(critere.partage() != null, contexte.moteur());
        org.jooq.Field<String> nom = personnes.nom();
        org.jooq.Field<String> prenom = personnes.prenom();
        org.jooq.Field<Integer> enAttente = DSL.field(DSL.selectCount().from(demandesDuDossier())
                .where(DEMANDE.SITUATION_ID.eq(SITUATION.ID)).and(EN_ATTENTE));
        fr.cellulepdp.persistence.jooq.tables.Membre referent = MEMBRE.as("referent");
        List<org.jooq.SelectFieldOrAsterisk> colonnes = List.of(SITUATION.ID, SITUATION.NUMERO_DOSSIER, nom, prenom,
                SITUATION.ORIGINE, SITUATION.RISQUE, SITUATION.STATUT, SITUATION.URGENT, SITUATION.COMPLEXE,
                referent.PRENOM, referent.NOM, enAttente);
        return lire(contexte.dsl(), critere, new Lecture(colonnes, situations -> situations.join(personnes.table())
                .on(personnes.id().eq(SITUATION.ASSURE_ID))
                .leftJoin(referent).on(referent.ID.eq(SITUATION.REFERENT_SOCIAL_ID)))).stream()
                .map(r -> new LigneSituation(r.get(SITUATION.ID), r.get(SITUATION.NUMERO_DOSSIER), r.get(nom),
                        r.get(prenom), Origine.valueOf(r.get(SITUATION.ORIGINE)),
                        Risque.valueOf(r.get(SITUATION.RISQUE)),
                        StatutSituation.valueOf(r.get(SITUATION.STATUT)), r.get(SITUATION.URGENT),
                        r.get(SITUATION.COMPLEXE),
                        fr.cellulepdp.model.cellule.Membre.nomComplet(r.get(referent.PRENOM), r.get(referent.NOM)),
                        r.get(enAttente)))
                .toList();
    }

    /** What a page reads of each file: these columns, from the files' table and the tables {@code jointes} adds. */
    private record Lecture(List<org.jooq.SelectFieldOrAsterisk> colonnes,
                           java.util.function.UnaryOperator<org.jooq.Table<?>> jointes) {
    }

    /**
     * A page of the Situations list. When H2 would otherwise read every file a filter selects, then sort them (a
     * status, the waiting requests: thousands of rows looked up for a page of 100), the newest {@value #FENETRE}
     * files are walked first along the file-number index, checking each file; only if they do not fill the page are
     * the older files read the indexed way. Both parts are newest first and the second older than the first, so the
     * page is the same as one query's.
     */
    private List<org.jooq.Record> lire(DSLContext dsl, CritereSituations critere, Lecture lecture) {
        // the page's statements on one connection: each one taken from H2's pool and given back cost two ROLLBACKs,
        // and a walk of frequent words runs a dozen (decision 0062)
        return dsl.connectionResult(connexion -> lireSur(dsl.configuration()
                .derive(new org.jooq.impl.DefaultConnectionProvider(connexion)).dsl(), connexion, critere, lecture));
    }

    private List<org.jooq.Record> lireSur(DSLContext dsl, java.sql.Connection connexion, CritereSituations critere,
                                          Lecture lecture) {
        Optional<ParcoursDesMots> parcours = parcoursDesMots(connexion, critere);
        if (parcours.isPresent()) {
            try (ParcoursDesMots ouvert = parcours.get()) {
                return pageParcourue(dsl, critere, ouvert, lecture);
            }
        }
        List<Mot> mots = mots(dsl, critere);
        if (critere.decalage() == 0 && critere.limite() < fenetre && parcoursUtile(critere, mots)) {
            String borne = borne(dsl, critere);
            List<org.jooq.Record> lignes = page(dsl, condition(dsl, critere, mots, true)
                    .and(borne == null ? DSL.noCondition() : SITUATION.NUMERO_TRI.ge(borne)), critere, 0, true,
                    lecture);
            if (borne != null && lignes.size() < critere.limite()) {
                lignes.addAll(page(dsl, condition(dsl, critere, mots, false).and(SITUATION.NUMERO_TRI.lt(borne)),
                        critere, lignes.size(), false, lecture));
            }
            return lignes;
        }
        return page(dsl, condition(dsl, critere, mots, false), critere, 0, false, lecture);
    }

    /**
     * The page's files with their consent partners: the children of this page only, by the page's ids. On H2 read
     * from the partners' table alone (the join to the files looked each file up again); on PostgreSQL through the
     * files, whose row-level security a partner's role is under.
     */
    private List<Situation> depuisPage(DSLContext dsl, Result<SituationRecord> lignes) {
        List<UUID> ids = lignes.getValues(SITUATION.ID);
        if (contexte.moteur() != fr.cellulepdp.persistence.depot.Moteur.H2) {
            return depuisLignes(dsl, lignes, Identifiants.parmi(SITUATION.ID, ids));
        }
        Map<UUID, List<Partenaire>> partenaires = ids.isEmpty() ? Map.of()
                : dsl.select(SITUATION_CONSENTEMENT_PARTENAIRE.SITUATION_ID,
                                SITUATION_CONSENTEMENT_PARTENAIRE.PARTENAIRE)
                        .from(SITUATION_CONSENTEMENT_PARTENAIRE)
                        .where(Identifiants.parmi(SITUATION_CONSENTEMENT_PARTENAIRE.SITUATION_ID, ids))
                        .fetchGroups(SITUATION_CONSENTEMENT_PARTENAIRE.SITUATION_ID,
                                r -> Partenaire.valueOf(r.value2()));
        return lignes.map(r -> situation(r, Set.copyOf(partenaires.getOrDefault(r.getId(), List.of()))));
    }

    /**
     * On H2, the words of a member's search walked newest first in the ordered index of the words (decision 0050),
     * unless a typed word begins too many words of the index (« m ») or the page is read from an offset.
     */
    private Optional<ParcoursDesMots> parcoursDesMots(java.sql.Connection connexion, CritereSituations c) {
        if (contexte.moteur() != fr.cellulepdp.persistence.depot.Moteur.H2 || c.texte().isEmpty() || !c.parNom()
                || c.partage() != null || c.decalage() != 0 || c.limite() >= fenetre
                || Nir.verifier(c.texte()) == null) {
            return Optional.empty();
        }
        List<String> tapes = MotsRecherche.deRecherche(c.texte());
        return tapes.isEmpty() ? Optional.empty() : ParcoursDesMots.ouvrir(connexion, tapes,
                c.apres() == null ? null : OrdreNumerosDossier.cle(c.apres()), plageCourte, tranche);
    }

    /**
     * The page from the walk of the words: the next files the words give, looked up by id with the other filters, a
     * page's worth at a time (one query when there is no other filter). A rare filter (the words' files
     * seldom match it) stops the walk after {@value #FENETRE} files, and the older ones are read the indexed way.
     */
    private List<org.jooq.Record> pageParcourue(DSLContext dsl, CritereSituations critere, ParcoursDesMots parcours,
                                                Lecture lecture) {
        Condition filtres = condition(dsl, critere, List.of(), false);
        List<org.jooq.Record> lignes = new java.util.ArrayList<>();
        int parcourus = 0;
        while (lignes.size() < critere.limite()) {
            List<ParcoursDesMots.Entree> lot = parcours.suivantes(critere.limite());
            if (lot.isEmpty()) {
                break;
            }
            lignes.addAll(dsl.select(lecture.colonnes()).from(lecture.jointes().apply(SITUATION))
                    .where(SITUATION.ID.in(lot.stream().map(ParcoursDesMots.Entree::id).toList())).and(filtres)
                    .orderBy(SITUATION.NUMERO_TRI.desc()).limit(critere.limite() - lignes.size())
                    .fetch());
            parcourus += lot.size();
            if (lot.size() < critere.limite()) {
                break;
            }
            if (parcourus >= fenetre && lignes.size() < critere.limite()) {
                String derniere = lot.get(lot.size() - 1).cle();
                lignes.addAll(page(dsl, condition(dsl, critere, mots(dsl, critere), false)
                        .and(SITUATION.NUMERO_TRI.lt(derniere)), critere, lignes.size(), false, lecture));
                break;
            }
        }
        return lignes;
    }

    /** The newest files walked before the indexed reading (see rechercher). */
    static final int FENETRE = 5_000;

    /** Files newest first, at most the page less {@code dejaLues}; {@code parcours}: along the file-number index. */
    private List<org.jooq.Record> page(DSLContext dsl, Condition condition, CritereSituations critere, int dejaLues,
                                       boolean parcours, Lecture lecture) {
        // H2 would take the status index or look up every file of the IN list, then sort; PostgreSQL plans alone
        org.jooq.Table<?> situations = parcours && contexte.moteur() == fr.cellulepdp.persistence.depot.Moteur.H2
                ? DSL.table("{0} USE INDEX (IX_SITUATION_NUMERO_TRI)", SITUATION) : SITUATION;
        return new java.util.ArrayList<>(dsl.select(lecture.colonnes()).from(lecture.jointes().apply(situations))
                .where(condition)
                .orderBy(SITUATION.NUMERO_TRI.desc())
                .limit(critere.limite() - dejaLues).offset(critere.decalage())
                .fetch());
    }

    /**
     * Whether H2 would read and sort more files than a walk of the newest: a status (an index of a few values) or
     * the waiting requests, without a word, or with a single frequent word (itself walked). Not several frequent
     * words: measured, a walk checking both per file cost more than looking up the rarest one's files (« hélène
     * boulangerie », one file in 48: the 5 000 newest barely fill a page).
     */
    private boolean parcoursUtile(CritereSituations c, List<Mot> mots) {
        boolean sansMotRare = mots.isEmpty() || mots.size() == 1 && mots.get(0).entrees() >= motFrequent;
        return sansMotRare && (c.statut() != null || c.avecDemandesEnAttente());
    }

    /**
     * The file number key of the {@value #FENETRE}th newest file (after the page's start); null if fewer. For a first
     * page it is read again after {@value #BORNE_VALIDE_SECONDES} s or a write through this repository: reading it
     * cost a quarter of a « requests waiting » page (5 000 index entries), and any key gives the same page, only the
     * walk's length depends on it (decision 0062).
     */
    private String borne(DSLContext dsl, CritereSituations c) {
        if (c.apres() != null) {
            return lireBorne(dsl, c);
        }
        BorneLue lue = borneLue;
        long maintenant = System.nanoTime();
        if (lue == null || maintenant - lue.lueA() > java.util.concurrent.TimeUnit.SECONDS.toNanos(
                BORNE_VALIDE_SECONDES)) {
            lue = new BorneLue(lireBorne(dsl, c), maintenant);
            borneLue = lue;
        }
        return lue.cle();
    }

    /** How long a first page's {@link #borne} is kept. */
    static final int BORNE_VALIDE_SECONDES = 60;

    /** A first page's {@link #borne}, and when it was read ({@link System#nanoTime}). */
    private record BorneLue(String cle, long lueA) {
    }

    private volatile BorneLue borneLue;

    private String lireBorne(DSLContext dsl, CritereSituations c) {
        return dsl.select(SITUATION.NUMERO_TRI).from(SITUATION)
                .where(c.apres() == null ? DSL.noCondition()
                        : SITUATION.NUMERO_TRI.lt(OrdreNumerosDossier.cle(c.apres())))
                .orderBy(SITUATION.NUMERO_TRI.desc()).limit(1).offset(fenetre - 1)
                .fetchOne(SITUATION.NUMERO_TRI);
    }

    @Override
    public long compter(CritereSituations critere) {
        DSLContext dsl = contexte.dsl();
        return dsl.fetchCount(SITUATION, condition(dsl, critere, mots(dsl, critere), false));
    }

    /** What a partner is never shown, and his database role may not read on a server (migration V27). */
    private static final Set<org.jooq.Field<?>> CACHEES_AUX_PARTENAIRES = Set.of(SITUATION.AVIS_MEDICAL,
            SITUATION.NOTES_SOCIALES, SITUATION.TEXTE_RECHERCHE, SITUATION.URGENT_MOTIF, SITUATION.COMPLEXE_MOTIF);

    /** Every column, or for a partner's search the ones he may read and empty text in place of the others. */
    private static List<org.jooq.SelectFieldOrAsterisk> colonnesPour(CritereSituations critere) {
        return java.util.Arrays.stream(SITUATION.fields())
                .<org.jooq.SelectFieldOrAsterisk>map(f -> critere.partage() != null && CACHEES_AUX_PARTENAIRES.contains(f)
                        ? DSL.inline("").as(f.getUnqualifiedName()) : f)
                .toList();
    }

    private Condition condition(DSLContext dsl, CritereSituations c, List<Mot> mots, boolean parcours) {
        Condition condition = DSL.noCondition();
        if (!c.texte().isEmpty()) {
            condition = condition.and(texte(c.texte(), c.parNom(), mots, parcours));
        }
        if (c.statut() != null) {
            condition = condition.and(SITUATION.STATUT.eq(c.statut().name()));
        }
        if (c.origine() != null) {
            condition = condition.and(SITUATION.ORIGINE.eq(c.origine().name()));
        }
        if (c.risque() != null) {
            condition = condition.and(SITUATION.RISQUE.eq(c.risque().name()));
        }
        if (c.referentId() != null) {
            condition = condition.and(SITUATION.REFERENT_SOCIAL_ID.eq(c.referentId()));
        }
        if (c.urgent() != null) {
            condition = condition.and(SITUATION.URGENT.eq(c.urgent()));
        }
        if (c.complexe() != null) {
            condition = condition.and(SITUATION.COMPLEXE.eq(c.complexe()));
        }
        if (c.partage() != null) {
            condition = condition.and(partage(c.partage()));
        }
        if (c.apres() != null) {
            // the next page: the file-number index from the last row shown on (keyset), no offset to skip
            condition = condition.and(SITUATION.NUMERO_TRI.lt(OrdreNumerosDossier.cle(c.apres())));
        }
        if (c.avecDemandesEnAttente()) {
            Condition attente = EN_ATTENTE;
            // walked newest first: one seek in the requests' index per file walked (V38; a page within ~450 files);
            // otherwise the waiting requests' files read once from the index (statut, situation_id), not a lookup
            // per file. Not the IN in a walk: H2 builds its distinct set of every waiting file (3 000, sorted) at
            // each query, half the walk's time (decision 0050)
            condition = condition.and(parcours
                    ? DSL.exists(DSL.selectOne().from(demandesDuDossier())
                            .where(DEMANDE.SITUATION_ID.eq(SITUATION.ID)).and(attente))
                    : SITUATION.ID.in(DSL.select(DEMANDE.SITUATION_ID).from(DEMANDE).where(attente)));
        }
        return condition;
    }

    /**
     * The requests, read per file: on H2 along the index by file and status (V38), which answers « does this file
     * have a waiting request » from the index alone; left alone, H2 took the statuses' index, every waiting request
     * per file (decision 0050).
     */
    private org.jooq.Table<?> demandesDuDossier() {
        return contexte.moteur() == fr.cellulepdp.persistence.depot.Moteur.H2
                ? DSL.table("{0} USE INDEX (IX_DEMANDE_SITUATION_STATUT)", DEMANDE) : DEMANDE;
    }

    /** A request waits while it is to study or on an agenda. */
    private static final Condition EN_ATTENTE = DEMANDE.STATUT.in(StatutDemande.A_ETUDIER.name(),
            StatutDemande.INSCRITE.name());

    /** Consent given by the day, not withdrawn by then, covering the partner (none known: nothing). */
    private static Condition partage(CritereSituations.Partage partage) {
        if (partage.partenaire() == null) {
            return DSL.falseCondition();
        }
        return SITUATION.CONSENTEMENT_DATE.le(partage.jour())
                .and(SITUATION.CONSENTEMENT_RETRAIT.isNull().or(SITUATION.CONSENTEMENT_RETRAIT.gt(partage.jour())))
                .and(DSL.exists(DSL.selectOne().from(SITUATION_CONSENTEMENT_PARTENAIRE)
                        .where(SITUATION_CONSENTEMENT_PARTENAIRE.SITUATION_ID.eq(SITUATION.ID))
                        .and(SITUATION_CONSENTEMENT_PARTENAIRE.PARTENAIRE.eq(partage.partenaire().name()))));
    }

    /** A word typed: the condition that it begins a word of the file, and its index entries (up to the threshold). */
    private record Mot(Condition debut, int entrees) {
    }

    /**
     * The words of the text, rarest first (none for a NIR). Each word's index range is read up to
     * {@value #MOT_FREQUENT} entries: read, not COUNT(*) over a derived table, which H2 answered without the index
     * for the LIKE parameter (1.5 s on 700 000 words).
     */
    private List<Mot> mots(DSLContext dsl, CritereSituations c) {
        if (c.texte().isEmpty() || c.parNom() && Nir.verifier(c.texte()) == null) {
            return List.of();
        }
        return MotsRecherche.deRecherche(c.texte()).stream().map(mot -> {
            String echappe = mot.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            Condition debut = SITUATION_MOT.MOT.like(echappe + "%", '!');
            if (!c.parNom()) {
                debut = debut.and(SITUATION_MOT.DU_NUMERO.isTrue());
            }
            return new Mot(debut, dsl.select(SITUATION_MOT.SITUATION_ID).from(SITUATION_MOT).where(debut)
                    .limit(motFrequent).fetch().size());
        }).sorted(java.util.Comparator.comparingInt(Mot::entrees)).toList();
    }

    /**
     * A complete valid NIR matches exactly, when names may be searched (never for a partner: the answer would tell
     * whether a person is followed); otherwise every word typed must begin one of the file's search words
     * ({@link MotsRecherche}): those of its number, and of its person's names and employer if allowed.
     * The rarest word drives: its index range, then its files looked up and sorted; the other words are checked per
     * file. When the files are walked in file-number order ({@code parcours}, or a single word beginning
     * {@value #MOT_FREQUENT} entries or more: a common first name), every word is checked file by file until the
     * page is full: a few thousand files rather than every one the words begin.
     */
    private Condition texte(String texte, boolean parNom, List<Mot> mots, boolean parcours) {
        if (parNom && Nir.verifier(texte) == null) {
            return SITUATION.ASSURE_ID.eq(DSL.field(DSL.select(ASSURE.ID).from(ASSURE)
                    .where(ASSURE.NIR.eq(Nir.de(texte).valeur()))));
        }
        Condition condition = DSL.noCondition();
        for (int i = 0; i < mots.size(); i++) {
            Condition debut = mots.get(i).debut();
            // several frequent words together may be rare (« hélène boulangerie »): driven by the rarest
            boolean verifie = parcours || i > 0 || mots.size() == 1 && mots.get(0).entrees() >= motFrequent;
            condition = condition.and(!verifie
                    ? SITUATION.ID.in(DSL.select(SITUATION_MOT.SITUATION_ID).from(SITUATION_MOT).where(debut))
                    : DSL.exists(DSL.selectOne().from(SITUATION_MOT)
                            .where(SITUATION_MOT.SITUATION_ID.eq(SITUATION.ID)).and(debut)));
        }
        return condition;
    }

    @Override
    protected SituationRecord versLigne(DSLContext dsl, Situation s) {
        String personne = dsl.select(ASSURE.NOM, ASSURE.PRENOM, ASSURE.EMPLOYEUR_NOM).from(ASSURE)
                .where(ASSURE.ID.eq(s.assureId())).fetchOptional()
                .map(a -> DepotAssures.texteRecherche(a.value1(), a.value2(), a.value3())).orElse("");
        return ligne(dsl, s, personne);
    }

    /** The people's part of the search text read for the whole batch in one query. */
    @Override
    protected List<SituationRecord> lignesNouvelles(DSLContext dsl, List<Situation> nouvelles) {
        Map<UUID, String> personnes = dsl.select(ASSURE.ID, ASSURE.NOM, ASSURE.PRENOM, ASSURE.EMPLOYEUR_NOM)
                .from(ASSURE).where(Identifiants.parmi(ASSURE.ID, nouvelles.stream().map(Situation::assureId).toList()))
                .fetchMap(ASSURE.ID, a -> DepotAssures.texteRecherche(a.value2(), a.value3(), a.value4()));
        return nouvelles.stream().map(s -> ligne(dsl, s, personnes.getOrDefault(s.assureId(), ""))).toList();
    }

    private static SituationRecord ligne(DSLContext dsl, Situation s, String personne) {
        SituationRecord r = dsl.newRecord(SITUATION);
        r.setId(s.id());
        r.setNumeroDossier(s.numeroDossier());
        r.setNumeroTri(OrdreNumerosDossier.cle(s.numeroDossier()));
        r.setAssureId(s.assureId());
        r.setReferentSocialId(s.referentSocialId());
        r.setDateSignalement(s.dateSignalement());
        r.setOrigine(s.origine().name());
        r.setRisque(s.risque().name());
        r.setDebutArret(s.debutArret());
        r.setFinArretPrevue(s.finArretPrevue());
        r.setConsentementDate(s.consentement().dateRecueil());
        r.setConsentementRetrait(s.consentement().dateRetrait());
        r.setServiceSanteTravail(s.serviceSanteTravail());
        r.setUrgent(s.urgent().leve());
        r.setUrgentMotif(s.urgent().motif());
        r.setComplexe(s.complexe().leve());
        r.setComplexeMotif(s.complexe().motif());
        r.setNotesSociales(s.notesSociales());
        r.setAvisMedical(s.avisMedical());
        r.setStatut(s.statut().name());
        r.setIssue(nomOuNull(s.issue()));
        r.setDateCloture(s.dateCloture());
        r.setTexteRecherche((Textes.pourRecherche(s.numeroDossier()) + " " + personne).strip());
        return r;
    }

    @Override
    protected Situation depuisLigne(DSLContext dsl, SituationRecord r) {
        return situation(r, partenaires(dsl, SITUATION.ID.eq(r.getId())).getOrDefault(r.getId(), Set.of()));
    }

    @Override
    protected List<Situation> depuisLignes(DSLContext dsl, Result<SituationRecord> lignes, Condition condition) {
        Map<UUID, Set<Partenaire>> partenaires = partenaires(dsl, condition);
        return lignes.map(r -> situation(r, partenaires.getOrDefault(r.getId(), Set.of())));
    }

    /** The consent partners of every situation matching the condition, in one query. */
    private static Map<UUID, Set<Partenaire>> partenaires(DSLContext dsl, Condition condition) {
        return enumsParParent(dsl, SITUATION_CONSENTEMENT_PARTENAIRE.SITUATION_ID,
                SITUATION_CONSENTEMENT_PARTENAIRE.PARTENAIRE, Partenaire.class, SITUATION.ID, condition);
    }

    private static Situation situation(SituationRecord r, Set<Partenaire> partenaires) {
        return new Situation(r.getId(), r.getVersion(), r.getNumeroDossier(), r.getAssureId(),
                r.getReferentSocialId(), r.getDateSignalement(), Origine.valueOf(r.getOrigine()),
                Risque.valueOf(r.getRisque()), r.getDebutArret(), r.getFinArretPrevue(),
                new Consentement(r.getConsentementDate(), partenaires, r.getConsentementRetrait()),
                new Drapeau(r.getUrgent(), r.getUrgentMotif()), new Drapeau(r.getComplexe(), r.getComplexeMotif()),
                r.getNotesSociales(), r.getAvisMedical(), StatutSituation.valueOf(r.getStatut()),
                enumOuNull(IssueSituation.class, r.getIssue()), r.getDateCloture(), r.getServiceSanteTravail());
    }

    /** A new file's consent partners, then its search words. */
    @Override
    protected void ecrireEnfants(DSLContext dsl, Situation s) {
        borneLue = null;
        ecrirePartenaires(dsl, s);
        MotsDesDossiers.ecrire(dsl, SITUATION.ID.eq(s.id()));
    }

    /** New files' search words written in one query and one batch for all of them, after their rows. */
    @Override
    public void insererTous(List<Situation> nouvelles) {
        borneLue = null;
        contexte.inTransaction(() -> {
            super.insererTous(nouvelles);
            if (!nouvelles.isEmpty()) {
                MotsDesDossiers.ecrire(contexte.dsl(), SITUATION.ID.in(nouvelles.stream().map(Situation::id)
                        .toList()));
            }
            return null;
        });
    }

    @Override
    protected void enfantsALaCreation(DSLContext dsl, Situation s) {
        borneLue = null;
        ecrirePartenaires(dsl, s);
    }

    private static void ecrirePartenaires(DSLContext dsl, Situation s) {
        for (Partenaire partenaire : s.consentement().partenaires()) {
            dsl.insertInto(SITUATION_CONSENTEMENT_PARTENAIRE)
                    .set(SITUATION_CONSENTEMENT_PARTENAIRE.SITUATION_ID, s.id())
                    .set(SITUATION_CONSENTEMENT_PARTENAIRE.PARTENAIRE, partenaire.name())
                    .execute();
        }
    }

    @Override
    protected void supprimerEnfants(DSLContext dsl, UUID id) {
        borneLue = null;
        dsl.deleteFrom(SITUATION_CONSENTEMENT_PARTENAIRE).where(SITUATION_CONSENTEMENT_PARTENAIRE.SITUATION_ID.eq(id))
                .execute();
        dsl.deleteFrom(SITUATION_MOT).where(SITUATION_MOT.SITUATION_ID.eq(id)).execute();
    }

    @Override
    protected Situation avecVersion(Situation s, long version) {
        return new Situation(s.id(), version, s.numeroDossier(), s.assureId(), s.referentSocialId(),
                s.dateSignalement(), s.origine(), s.risque(), s.debutArret(), s.finArretPrevue(), s.consentement(),
                s.urgent(), s.complexe(), s.notesSociales(), s.avisMedical(), s.statut(), s.issue(), s.dateCloture(), s.serviceSanteTravail());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {SITUATION.NUMERO_TRI};
    }
}
