package fr.cellulepdp.model.audit;

import fr.cellulepdp.model.commun.Transactions;

/**
 * Port: what noting on the audit trail and reading it need: the trail, its seal and the session's signing keys, and
 * the transactions every use case runs in. The storage object implements it ({@code model/stockage/Stockage},
 * decision record 0043).
 */
public interface StockageAudit {

    Transactions transactions();

    JournalAudit journalAudit();

    /** The signing keys opened by the logins of this session (memory only). */
    ClesDeSession clesDeSession();

    /** The trail's head kept outside its table, when the engine has such a place (the encrypted file's key ring). */
    SceauJournal sceauJournal();
}
