package fr.cellulepdp.model.memoire;

/**
 * What the database's unique keys raise (a constraint violation, a runtime exception for the use case), raised by
 * the in-memory store on the same keys: nothing is written.
 */
public class ViolationDeCleUnique extends RuntimeException {

    public ViolationDeCleUnique(String cle, Object valeur) {
        super("clé unique « " + cle + " » déjà prise : " + valeur);
    }
}
