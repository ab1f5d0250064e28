package fr.cellulepdp.model.commun;

import fr.cellulepdp.model.audit.JournalAudit;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.decision.MotifTypeRepository;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.document.ModeleCourrierRepository;
import fr.cellulepdp.model.indicateur.SourceIndicateurs;
import fr.cellulepdp.model.mesure.CatalogueMesuresRepository;
import fr.cellulepdp.model.notification.NotificationRepository;
import fr.cellulepdp.model.notification.ServeurSmtpRepository;
import fr.cellulepdp.model.seance.SeanceRepository;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.SituationRepository;
import fr.cellulepdp.model.suivi.SuiviRepository;

/**
 * Port: one store holding every aggregate, with its transactions. The persistence module implements
 * it on H2 (and later PostgreSQL); use cases receive it rather than a dozen repositories.
 */
public interface Stockage {

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

    /**
     * How the monthly import writes its batches of new files: by default through the repositories; the database
     * overrides it with plain JDBC batches (issue 22).
     */
    default fr.cellulepdp.model.importation.EcritureImport ecritureImport() {
        return lot -> {
            assures().insererTous(lot.stream().filter(d -> d.nouvelle()).map(d -> d.personne()).toList());
            situations().insererTous(lot.stream().map(d -> d.situation()).toList());
        };
    }

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

    /** What the status bar shows: the engine and where the data lives, e.g. "H2 : /home/…/cellule-pdp". */
    String description();
}
