package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.Nir;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The people, one per NIR (the database's unique key), sorted by name. */
final class AssuresEnMemoire extends TableEnMemoire<Assure> implements AssureRepository {

    AssuresEnMemoire() {
        super("Assuré(e)", Comparator.comparing(Assure::nom).thenComparing(Assure::prenom)
                .thenComparing(parId(Assure::id)), List.of(new Unicite<>("uq_assure_nir", a -> a.nir().valeur())));
    }

    @Override
    public Optional<Assure> findByNir(Nir nir) {
        return ou(a -> a.nir().valeur().equals(nir.valeur())).stream().findFirst();
    }

    @Override
    public List<Assure> findByNirs(Collection<String> nirs) {
        return ou(a -> nirs.contains(a.nir().valeur()));
    }
}
