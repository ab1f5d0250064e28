package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Repository;

public interface ServeurSmtpRepository extends Repository<ServeurSmtp> {

    /** The rule that protects the e-mailed copies: the personal code unless the cell chose another one. */
    default RegleMotDePasse regleMotDePasse() {
        return findAll().stream().findFirst().map(ServeurSmtp::regleMotDePasse).orElse(RegleMotDePasse.CODE_PERSONNEL);
    }
}
