package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Repository;

public interface ServeurSmtpRepository extends Repository<ServeurSmtp> {
}
