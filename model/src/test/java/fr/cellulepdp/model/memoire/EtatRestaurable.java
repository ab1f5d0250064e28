package fr.cellulepdp.model.memoire;

/** A part of the in-memory store that a transaction can put back as it was when the transaction began. */
interface EtatRestaurable {

    /** A copy of the current state; running the returned action puts it back. */
    Runnable photographier();
}
