package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Repository;
import java.util.Optional;

/** Port: the cell's sending server (one per database, none until it is set). */
public interface ServeurSmtpRepository extends Repository<ServeurSmtp> {

    /** The server if it is set; empty until the cell sets it (Paramètres or « settings smtp »). */
    default Optional<ServeurSmtp> existant() {
        return findAll().stream().findFirst();
    }

    /** The rule that protects the e-mailed copies: the personal code unless the cell chose another one. */
    default RegleMotDePasse regleMotDePasse() {
        return existant().map(ServeurSmtp::regleMotDePasse).orElse(RegleMotDePasse.CODE_PERSONNEL);
    }
}
