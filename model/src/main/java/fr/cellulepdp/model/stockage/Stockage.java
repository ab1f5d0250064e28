package fr.cellulepdp.model.stockage;

import fr.cellulepdp.model.annuaire.StockageAnnuaire;
import fr.cellulepdp.model.audit.JournalAudit;
import fr.cellulepdp.model.audit.StockageAudit;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.ComptesDesMembres;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.cellule.StockageCellule;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Transactions;
import fr.cellulepdp.model.compte.CleMedicale;
import fr.cellulepdp.model.compte.ComptesParMembre;
import fr.cellulepdp.model.compte.StockageCleMedicale;
import fr.cellulepdp.model.compte.StockageComptes;
import fr.cellulepdp.model.compte.StockageRoles;
import fr.cellulepdp.model.consolidation.StockageConsolidation;
import fr.cellulepdp.model.convocation.DiffuserProcesVerbal;
import fr.cellulepdp.model.convocation.EnvoiCourrielsMembres;
import fr.cellulepdp.model.convocation.StockageConvocations;
import fr.cellulepdp.model.decision.DecisionNotifiee;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.decision.MotifTypeRepository;
import fr.cellulepdp.model.decision.StockageDecisions;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.demande.EnAttenteParSituation;
import fr.cellulepdp.model.demande.StockageDemandes;
import fr.cellulepdp.model.demo.StockageDemo;
import fr.cellulepdp.model.document.DiffusionProcesVerbal;
import fr.cellulepdp.model.document.ModeleCourrierRepository;
import fr.cellulepdp.model.document.StockageDocuments;
import fr.cellulepdp.model.importation.StockageImportation;
import fr.cellulepdp.model.indicateur.SourceIndicateurs;
import fr.cellulepdp.model.indicateur.StockageIndicateurs;
import fr.cellulepdp.model.mesure.CatalogueMesuresRepository;
import fr.cellulepdp.model.mesure.StockageMesures;
import fr.cellulepdp.model.notification.CourrielsDesMembres;
import fr.cellulepdp.model.notification.DecisionsNotifiees;
import fr.cellulepdp.model.notification.EnvoiCourriel;
import fr.cellulepdp.model.notification.NotificationRepository;
import fr.cellulepdp.model.notification.ServeurSmtpRepository;
import fr.cellulepdp.model.notification.StockageNotifications;
import fr.cellulepdp.model.protection.StockageProtection;
import fr.cellulepdp.model.seance.SeanceRepository;
import fr.cellulepdp.model.seance.StockageSeances;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.ChiffreAvisMedical;
import fr.cellulepdp.model.situation.DemandesEnAttente;
import fr.cellulepdp.model.situation.SituationRepository;
import fr.cellulepdp.model.situation.StockageSituations;
import fr.cellulepdp.model.suivi.StockageSuivis;
import fr.cellulepdp.model.suivi.SuiviRepository;

/**
 * Port: one store holding every aggregate, with its transactions. The persistence module implements
 * it on H2 (and later PostgreSQL); use cases receive it rather than a dozen repositories.
 */
public interface Stockage extends StockageAudit, StockageRoles, StockageCleMedicale, StockageCellule, StockageComptes, StockageSituations, StockageMesures, StockageDemandes, StockageDecisions, StockageSuivis, StockageSeances, StockageConvocations, StockageNotifications, StockageAnnuaire, StockageDocuments, StockageImportation, StockageIndicateurs, StockageConsolidation, StockageProtection, StockageDemo {

    Transactions transactions();

    CelluleRepository cellules();

    MembreRepository membres();

    /** The directory of organisations letters go to and partners come from. */
    fr.cellulepdp.model.annuaire.OrganisationRepository organisations();

    AssureRepository assures();

    SituationRepository situations();

    DemandeRepository demandes();

    SeanceRepository seances();

    DecisionRepository decisions();

    MotifTypeRepository motifsTypes();

    ModeleCourrierRepository modelesCourrier();

    fr.cellulepdp.model.seance.ApprobationProcesVerbalRepository approbationsProcesVerbal();

    ServeurSmtpRepository serveursSmtp();

    SuiviRepository suivis();

    /** The daily reminders of follow-ups and their setting. */
    fr.cellulepdp.model.suivi.RappelRepository rappels();

    /** The « courriers de mise à disposition » to the people of the IJ 60 days list, and their wording. */
    fr.cellulepdp.model.importation.MiseADispositionRepository misesADisposition();

    NotificationRepository notifications();

    /** The people's personal codes, the password of their e-mailed letters. */
    fr.cellulepdp.model.notification.CodeCourrielRepository codesCourriel();

    /** The e-mails to the members: convocations, cancellations, minutes (and the distribution's setting). */
    fr.cellulepdp.model.convocation.CourrielMembreRepository courrielsMembres();

    CatalogueMesuresRepository catalogueMesures();

    JournalAudit journalAudit();

    fr.cellulepdp.model.compte.CompteRepository comptes();

    /** Each account's audit-signing key, its private half wrapped under the account's password. */
    fr.cellulepdp.model.audit.ClesSignatureRepository clesSignature();

    /** The medical key wrapped for each account that reads medical opinions. */
    fr.cellulepdp.model.compte.ClesMedicalesRepository clesMedicales();

    /** The signing keys opened by the logins of this session (memory only). */
    fr.cellulepdp.model.audit.ClesDeSession clesDeSession();

    /** The trail's head kept outside its table, when the engine has such a place (the encrypted file's key ring). */
    fr.cellulepdp.model.audit.SceauJournal sceauJournal();

    /** Who may open the encrypted database file: the key wrapped for each account. */
    fr.cellulepdp.model.compte.AccesChiffre accesChiffre();

    /** The facts the indicators are counted from, read in bulk. */
    SourceIndicateurs indicateurs();

    /** The waiting requests of the Situations list: {@code situation} declares the port, {@code demande} counts. */
    @Override
    default DemandesEnAttente demandesEnAttente() {
        return new EnAttenteParSituation(demandes());
    }

    /** The decisions as their letters read them: {@code notification} declares the port, {@code decision} reads. */
    @Override
    default DecisionsNotifiees decisionsNotifiees() {
        return new DecisionNotifiee(decisions(), demandes(), situations());
    }

    /** The members' e-mails of a sending round: {@code notification} declares the port, {@code convocation} sends. */
    @Override
    default CourrielsDesMembres courrielsDesMembres(EnvoiCourriel envoi, Horloge horloge) {
        return new EnvoiCourrielsMembres(this, envoi, horloge);
    }

    /** The signed minutes to the members: {@code document} declares the port, {@code convocation} queues them. */
    @Override
    default DiffusionProcesVerbal diffusionProcesVerbal(Horloge horloge) {
        return new DiffuserProcesVerbal(this, horloge);
    }

    /** The medical key as the files use it: {@code situation} declares the port, {@code compte} holds the key. */
    @Override
    default ChiffreAvisMedical chiffreAvisMedical() {
        return new CleMedicale(this);
    }

    /** The members' accounts: {@code cellule} declares the port, {@code compte} changes the accounts. */
    @Override
    default ComptesDesMembres comptesDesMembres(Horloge horloge) {
        return new ComptesParMembre(this, horloge);
    }

    /** What the status bar shows: the engine and where the data lives, e.g. "H2 : /home/…/cellule-pdp". */
    String description();
}
