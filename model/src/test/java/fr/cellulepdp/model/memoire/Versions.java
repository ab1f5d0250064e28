package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.commun.Versionne;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Every stored aggregate is a record: a copy with another version is its canonical constructor called again. */
final class Versions {

    private Versions() {
    }

    @SuppressWarnings("unchecked")
    static <T extends Versionne> T avec(T objet, long version) {
        RecordComponent[] composants = objet.getClass().getRecordComponents();
        if (composants == null) {
            throw new IllegalArgumentException(objet.getClass() + " n'est pas un record");
        }
        try {
            Object[] valeurs = new Object[composants.length];
            for (int i = 0; i < composants.length; i++) {
                valeurs[i] = composants[i].getName().equals("version") ? version
                        : composants[i].getAccessor().invoke(objet);
            }
            Constructor<?> canonique = objet.getClass().getDeclaredConstructor(
                    Arrays.stream(composants).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonique.setAccessible(true);
            return (T) canonique.newInstance(valeurs);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
