package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.demo.ChargementDemo;
import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.ParametrerCellule;
import fr.cellulepdp.model.cellule.ParametrerDocuments;
import fr.cellulepdp.model.cellule.ParametrerProtection;
import fr.cellulepdp.model.cellule.ParametrerQuorum;
import fr.cellulepdp.model.cellule.ParametrerRecoursSurAjournement;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.compte.SeConnecter;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.mesure.ConsulterCatalogue;
import fr.cellulepdp.persistence.compte.HachageArgon2;

/** The use cases of the cell itself: its identity and settings, members, directory, accounts, catalogue, demo. */
public final class CablageMiseEnPlace {

    private static final HachageArgon2 HACHAGE = new HachageArgon2();
    private final Socle socle;

    CablageMiseEnPlace(Socle socle) {
        this.socle = socle;
    }

    /** The cell's identity and signatory (created on the first day). */
    public ParametrerCellule parametrerCellule() {
        return new ParametrerCellule(socle.base(), socle.horloge(), socle.session());
    }

    public GererMembres gererMembres() {
        return new GererMembres(socle.base(), socle.horloge(), socle.session());
    }

    /** The directory of organisations. */
    public GererAnnuaire gererAnnuaire() {
        return new GererAnnuaire(socle.base(), socle.horloge(), socle.session());
    }

    public ParametrerQuorum parametrerQuorum() {
        return new ParametrerQuorum(socle.base(), socle.horloge(), socle.session());
    }

    public ParametrerDocuments parametrerDocuments() {
        return new ParametrerDocuments(socle.base(), socle.horloge(), socle.session());
    }

    public ParametrerProtection parametrerProtection() {
        return new ParametrerProtection(socle.base(), socle.horloge(), socle.session());
    }

    public ParametrerRecoursSurAjournement parametrerRecoursSurAjournement() {
        return new ParametrerRecoursSurAjournement(socle.base(), socle.horloge(), socle.session());
    }

    public ConsulterCatalogue catalogue() {
        return new ConsulterCatalogue(socle.base(), socle.session());
    }

    /**
     * The catalogue as the application itself writes its default rules at opening, before anyone logs in, as a
     * migration would: into an empty table only (a new database, which has no account yet), nothing else.
     */
    ConsulterCatalogue catalogueALOuverture() {
        return new ConsulterCatalogue(socle.base(), fr.cellulepdp.model.cellule.Utilisateur::systeme);
    }

    public GererComptes gererComptes() {
        return new GererComptes(socle.base(), HACHAGE, socle.horloge(), socle.session());
    }

    public SeConnecter seConnecter() {
        return new SeConnecter(socle.base(), HACHAGE, socle.horloge());
    }

    public ChargerDonneesDemo chargerDonneesDemo() {
        return new ChargerDonneesDemo(socle.base(), socle.session());
    }

    /** The demo cell, its certificate and its accounts (created as the coordinatrice's new account). */
    public ChargementDemo chargementDemo() {
        return new ChargementDemo(chargerDonneesDemo(), parametrerDocuments(),
                session -> new GererComptes(socle.base(), HACHAGE, socle.horloge(), session), gererMembres(),
                socle.horloge(), socle.dossierDonnees(), socle.session());
    }
}
