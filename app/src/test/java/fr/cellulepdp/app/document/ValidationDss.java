package fr.cellulepdp.app.document;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The signatures of a PDF as EU DSS (the European Commission's reference validator) reads them, independently of
 * the signing code: who signed (the certificate's name), the PAdES level, whether the signature and its
 * time-stamps are intact. DSS 6.4 parses each CMS with BouncyCastle's {@code CMSSignedData(byte[])}, which from
 * BouncyCastle 1.84 refuses the zeros that pad every PAdES /Contents (any signer's): DSS runs in a class loader of
 * its own with BouncyCastle 1.83, the version it is built for (copied by the build into
 * target/bouncycastle-dss).
 */
final class ValidationDss {

    /** One signature as DSS reports it. */
    record Signature(String signataire, String niveau, boolean intacte, List<Horodatage> horodatages) {
    }

    /** A time-stamp of that signature (its own, or a document time-stamp covering it). */
    record Horodatage(String type, boolean intact) {
    }

    private static ClassLoader chargeur;

    private ValidationDss() {
    }

    @SuppressWarnings("unchecked")
    static List<Signature> signatures(byte[] pdf) {
        Thread fil = Thread.currentThread();
        ClassLoader avant = fil.getContextClassLoader();
        try {
            // DSS finds its parts with ServiceLoader, through the thread's class loader
            fil.setContextClassLoader(chargeur());
            List<String> lignes = (List<String>) Class.forName(DssIsole.class.getName(), true, chargeur())
                    .getMethod("analyser", byte[].class).invoke(null, (Object) pdf);
            return lignes.stream().map(ValidationDss::signature).toList();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            fil.setContextClassLoader(avant);
        }
    }

    private static Signature signature(String ligne) {
        String[] champs = ligne.split("\t", -1);
        List<Horodatage> horodatages = champs[3].isEmpty() ? List.of() : Arrays.stream(champs[3].split(","))
                .map(h -> new Horodatage(h.substring(0, h.indexOf(':')), Boolean.parseBoolean(
                        h.substring(h.indexOf(':') + 1)))).toList();
        return new Signature(champs[0], champs[1], Boolean.parseBoolean(champs[2]), horodatages);
    }

    private static synchronized ClassLoader chargeur() {
        if (chargeur == null) {
            List<URL> urls = new ArrayList<>();
            try (Stream<Path> bouncyCastle = Files.list(Path.of("target", "bouncycastle-dss"))) {
                for (Path jar : bouncyCastle.toList()) {
                    urls.add(jar.toUri().toURL());
                }
                for (String entree : System.getProperty("java.class.path").split(File.pathSeparator)) {
                    if (!entree.contains("bouncycastle")) {
                        urls.add(Path.of(entree).toUri().toURL());
                    }
                }
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException("BouncyCastle de DSS absent : lancez les tests avec Maven", e);
            }
            chargeur = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        }
        return chargeur;
    }
}
