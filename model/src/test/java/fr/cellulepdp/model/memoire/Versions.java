package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.commun.Versionne;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Every stored aggregate is a record: a copy with another version is its canonical constructor called again. */
final class Versions {

    /** The components and canonical constructor of each record class, looked up once. */
    private record Forme(RecordComponent[] composants, Constructor<?> canonique) {
    }

    private static final ClassValue<Forme> FORMES = new ClassValue<>() {
        @Override
        protected Forme computeValue(Class<?> type) {
            RecordComponent[] composants = type.getRecordComponents();
            if (composants == null) {
                throw new IllegalArgumentException(type + " n'est pas un record");
            }
            try {
                Constructor<?> canonique = type.getDeclaredConstructor(
                        Arrays.stream(composants).map(RecordComponent::getType).toArray(Class<?>[]::new));
                canonique.setAccessible(true);
                return new Forme(composants, canonique);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    private Versions() {
    }

    @SuppressWarnings("unchecked")
    static <T extends Versionne> T avec(T objet, long version) {
        Forme forme = FORMES.get(objet.getClass());
        try {
            Object[] valeurs = new Object[forme.composants().length];
            for (int i = 0; i < valeurs.length; i++) {
                RecordComponent composant = forme.composants()[i];
                valeurs[i] = composant.getName().equals("version") ? version : composant.getAccessor().invoke(objet);
            }
            return (T) forme.canonique().newInstance(valeurs);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
