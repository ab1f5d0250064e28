package fr.cellulepdp.persistence.notification;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.SERVEUR_SMTP;

import fr.cellulepdp.model.notification.RegleMotDePasse;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.notification.ServeurSmtp;
import fr.cellulepdp.model.notification.ServeurSmtpRepository;
import fr.cellulepdp.persistence.jooq.tables.records.ServeurSmtpRecord;
import org.jooq.DSLContext;
import org.jooq.OrderField;

/** The outgoing mail server settings (one row). */
public final class DepotServeursSmtp extends DepotJooq<ServeurSmtp, ServeurSmtpRecord> implements ServeurSmtpRepository {

    public DepotServeursSmtp(ContexteJooq contexte) {
        super(contexte, SERVEUR_SMTP, SERVEUR_SMTP.ID, SERVEUR_SMTP.VERSION, "Serveur SMTP");
    }

    @Override
    protected ServeurSmtpRecord versLigne(DSLContext dsl, ServeurSmtp s) {
        ServeurSmtpRecord r = dsl.newRecord(SERVEUR_SMTP);
        r.setId(s.id());
        r.setHote(s.hote());
        r.setPort(s.port());
        r.setSecurite(s.securite().name());
        r.setUtilisateur(s.utilisateur());
        r.setMotDePasseChiffre(s.motDePasseChiffre());
        r.setExpediteur(s.expediteur());
        r.setNomExpediteur(s.nomExpediteur());
        r.setRegleMotDePasse(s.regleMotDePasse().name());
        return r;
    }

    @Override
    protected ServeurSmtp depuisLigne(DSLContext dsl, ServeurSmtpRecord r) {
        return new ServeurSmtp(r.getId(), r.getVersion(), r.getHote(), r.getPort(), SecuriteSmtp.valueOf(r.getSecurite()),
                r.getUtilisateur(), r.getMotDePasseChiffre(), r.getExpediteur(), r.getNomExpediteur(),
                RegleMotDePasse.valueOf(r.getRegleMotDePasse()));
    }

    @Override
    protected ServeurSmtp avecVersion(ServeurSmtp s, long version) {
        return new ServeurSmtp(s.id(), version, s.hote(), s.port(), s.securite(), s.utilisateur(),
                s.motDePasseChiffre(), s.expediteur(), s.nomExpediteur(), s.regleMotDePasse());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {SERVEUR_SMTP.ID};
    }
}
