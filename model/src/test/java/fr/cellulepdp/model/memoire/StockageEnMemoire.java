package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.annuaire.OrganisationRepository;
import fr.cellulepdp.model.audit.ClesDeSession;
import fr.cellulepdp.model.audit.ClesSignatureRepository;
import fr.cellulepdp.model.audit.JournalAudit;
import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.stockage.Stockage;
import fr.cellulepdp.model.commun.Transactions;
import fr.cellulepdp.model.compte.AccesChiffre;
import fr.cellulepdp.model.compte.ClesMedicalesRepository;
import fr.cellulepdp.model.compte.CompteRepository;
import fr.cellulepdp.model.convocation.CourrielMembreRepository;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.decision.MotifType;
import fr.cellulepdp.model.decision.MotifTypeRepository;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.document.ModeleCourrierRepository;
import fr.cellulepdp.model.importation.MiseADispositionRepository;
import fr.cellulepdp.model.indicateur.SourceIndicateurs;
import fr.cellulepdp.model.mesure.CatalogueMesuresRepository;
import fr.cellulepdp.model.notification.CodeCourrielRepository;
import fr.cellulepdp.model.notification.NotificationRepository;
import fr.cellulepdp.model.notification.ServeurSmtpRepository;
import fr.cellulepdp.model.seance.ApprobationProcesVerbalRepository;
import fr.cellulepdp.model.seance.SeanceRepository;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.SituationRepository;
import fr.cellulepdp.model.suivi.RappelRepository;
import fr.cellulepdp.model.suivi.ReglageRappels;
import fr.cellulepdp.model.suivi.SuiviRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The storage port in memory, for the model's tests: a new one is what a freshly migrated, unencrypted database
 * holds (the standard reasons of migration V4, the minutes not sent to internal members). It keeps the rules the
 * use cases rely on (optimistic locking, unique keys, all-or-nothing transactions, orders of the lists); it does not
 * enforce foreign keys, and the indicators' facts (SQL aggregates) are only read from a database.
 */
public final class StockageEnMemoire implements Stockage {

    private final List<EtatRestaurable> etats = new ArrayList<>();
    private final TransactionsEnMemoire transactions = new TransactionsEnMemoire(etats);
    private final DepotsEnMemoire.Cellules cellules = etat(new DepotsEnMemoire.Cellules());
    private final MembresEnMemoire membres = etat(new MembresEnMemoire(this));
    private final DepotsEnMemoire.Organisations organisations = etat(new DepotsEnMemoire.Organisations());
    private final AssuresEnMemoire assures = etat(new AssuresEnMemoire());
    private final DepotsEnMemoire.Demandes demandes = etat(new DepotsEnMemoire.Demandes());
    private final SituationsEnMemoire situations = etat(new SituationsEnMemoire(assures, demandes, membres));
    private final DepotsEnMemoire.Decisions decisions = etat(new DepotsEnMemoire.Decisions());
    private final DepotsEnMemoire.MotifsTypes motifsTypes = etat(new DepotsEnMemoire.MotifsTypes());
    private final DepotsEnMemoire.ModelesCourrier modelesCourrier = etat(new DepotsEnMemoire.ModelesCourrier());
    private final DepotsEnMemoire.Approbations approbations = etat(new DepotsEnMemoire.Approbations());
    private final DepotsEnMemoire.ServeursSmtp serveursSmtp = etat(new DepotsEnMemoire.ServeursSmtp());
    private final SuivisEnMemoire suivis = etat(new SuivisEnMemoire(situations, assures, decisions, demandes,
            etat(new CaseEnMemoire<>())));
    private final DepotsEnMemoire.Rappels rappels = etat(new DepotsEnMemoire.Rappels(etat(
            new TableEnMemoire<ReglageRappels>("ReglageRappels", TableEnMemoire.parId(ReglageRappels::id),
                    List.of()))));
    private final DepotsEnMemoire.MisesADisposition misesADisposition = etat(
            new DepotsEnMemoire.MisesADisposition(etat(new CaseEnMemoire<>()), situations));
    private final DepotsEnMemoire.Notifications notifications = etat(
            new DepotsEnMemoire.Notifications(etat(new CaseEnMemoire<>())));
    private final SeancesEnMemoire seances = etat(new SeancesEnMemoire(decisions, notifications));
    private final DepotsEnMemoire.CodesCourriel codesCourriel = etat(new DepotsEnMemoire.CodesCourriel());
    private final DepotsEnMemoire.CourrielsMembres courrielsMembres = etat(
            new DepotsEnMemoire.CourrielsMembres(etat(new CaseEnMemoire<>())));
    private final ClesEnMemoire.Catalogue catalogueMesures = new ClesEnMemoire.Catalogue(etat(new CaseEnMemoire<>()));
    private final JournalAuditEnMemoire journalAudit = new JournalAuditEnMemoire(etat(new CaseEnMemoire<>()));
    private final DepotsEnMemoire.Comptes comptes = etat(new DepotsEnMemoire.Comptes());
    private final ClesEnMemoire.ClesSignature clesSignature = new ClesEnMemoire.ClesSignature(
            etat(new CaseEnMemoire<>()));
    private final ClesEnMemoire.ClesMedicales clesMedicales = new ClesEnMemoire.ClesMedicales(
            etat(new CaseEnMemoire<>()));
    private final ClesDeSession clesDeSession = new ClesDeSession();

    public StockageEnMemoire() {
        List.of("La mesure répond au projet professionnel de la personne et respecte les conditions réglementaires.",
                "Avis défavorable du service médical.",
                "La durée demandée dépasse la durée autorisée pour cette mesure.",
                "Les accords médicaux requis n'ont pas été recueillis.",
                "Éléments insuffisants pour statuer.",
                "Reprise du travail avant l'examen de la demande.")
                .forEach(texte -> motifsTypes.save(new MotifType(
                        UUID.fromString("6d6f7469-6600-4000-8000-00000000000" + (motifsTypes.count() + 1)), 0,
                        (int) motifsTypes.count() + 1, texte)));
    }

    private <E extends EtatRestaurable> E etat(E etat) {
        etats.add(etat);
        return etat;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public CelluleRepository cellules() {
        return cellules;
    }

    @Override
    public MembreRepository membres() {
        return membres;
    }

    @Override
    public OrganisationRepository organisations() {
        return organisations;
    }

    @Override
    public AssureRepository assures() {
        return assures;
    }

    @Override
    public SituationRepository situations() {
        return situations;
    }

    @Override
    public DemandeRepository demandes() {
        return demandes;
    }

    @Override
    public SeanceRepository seances() {
        return seances;
    }

    @Override
    public DecisionRepository decisions() {
        return decisions;
    }

    @Override
    public MotifTypeRepository motifsTypes() {
        return motifsTypes;
    }

    @Override
    public ModeleCourrierRepository modelesCourrier() {
        return modelesCourrier;
    }

    @Override
    public ApprobationProcesVerbalRepository approbationsProcesVerbal() {
        return approbations;
    }

    @Override
    public ServeurSmtpRepository serveursSmtp() {
        return serveursSmtp;
    }

    @Override
    public SuiviRepository suivis() {
        return suivis;
    }

    @Override
    public RappelRepository rappels() {
        return rappels;
    }

    @Override
    public MiseADispositionRepository misesADisposition() {
        return misesADisposition;
    }

    @Override
    public NotificationRepository notifications() {
        return notifications;
    }

    @Override
    public CodeCourrielRepository codesCourriel() {
        return codesCourriel;
    }

    @Override
    public CourrielMembreRepository courrielsMembres() {
        return courrielsMembres;
    }

    @Override
    public CatalogueMesuresRepository catalogueMesures() {
        return catalogueMesures;
    }

    @Override
    public JournalAudit journalAudit() {
        return journalAudit;
    }

    @Override
    public CompteRepository comptes() {
        return comptes;
    }

    @Override
    public ClesSignatureRepository clesSignature() {
        return clesSignature;
    }

    @Override
    public ClesMedicalesRepository clesMedicales() {
        return clesMedicales;
    }

    @Override
    public ClesDeSession clesDeSession() {
        return clesDeSession;
    }

    /** As on an unencrypted database file: no key ring to keep the trail's head in. */
    @Override
    public SceauJournal sceauJournal() {
        return SceauJournal.AUCUN;
    }

    /** As on an unencrypted database file: nobody's key to wrap. */
    @Override
    public AccesChiffre accesChiffre() {
        return AccesChiffre.AUCUN;
    }

    /** The indicators are SQL aggregates: they are tested on H2 and PostgreSQL (persistence). */
    @Override
    public SourceIndicateurs indicateurs() {
        throw new UnsupportedOperationException("les faits des indicateurs se lisent en SQL : testez-les sur H2");
    }

    @Override
    public String description() {
        return "Mémoire (tests)";
    }
}
