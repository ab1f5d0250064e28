package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.stockage.Stockage;
import org.junit.jupiter.api.BeforeEach;

/** The storage contract on the in-memory store of the model's tests. */
class StockageEnMemoireTest extends ContratStockage {

    private Stockage stockage;

    @BeforeEach
    void nouveau() {
        stockage = new StockageEnMemoire();
    }

    @Override
    protected Stockage stockage() {
        return stockage;
    }
}
