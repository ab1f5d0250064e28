import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites, in place, the classes of a jar compiled for Java 5 or older (class files before version 50: picocli's)
 * as Java 8 class files with their stack maps, the same bytecode otherwise. JDK 25's ahead-of-time cache cannot keep
 * such classes linked (« Unlinked class not supported by AOTClassLinking »): every command loaded and verified
 * picocli's 170 classes from the jar, with the old verifier, at each run (decision 0052's amendment of 5 December
 * 2026). Run by the build after the shade: {@code java -cp asm.jar scripts/MiseANiveauClasses.java JAR…} (a jar that
 * does not exist is skipped).
 */
public final class MiseANiveauClasses {

    public static void main(String[] arguments) throws IOException {
        for (String argument : arguments) {
            Path jar = Path.of(argument);
            // the image's copy of the jar is there only when the build makes the installers
            if (Files.exists(jar)) {
                mettreANiveau(jar);
            }
        }
    }

    private static void mettreANiveau(Path jar) throws IOException {
        Path provisoire = jar.resolveSibling(jar.getFileName() + ".mise-a-niveau");
        int reecrites = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[]{jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
             ZipInputStream entree = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream sortie = new ZipOutputStream(Files.newOutputStream(provisoire))) {
            for (ZipEntry element; (element = entree.getNextEntry()) != null; ) {
                byte[] contenu = entree.readAllBytes();
                if (element.getName().endsWith(".class") && !element.getName().startsWith("META-INF/")
                        && versionMajeure(contenu) < 50) {
                    contenu = enJava8(contenu, classes);
                    reecrites++;
                }
                ZipEntry copie = new ZipEntry(element.getName());
                copie.setTime(element.getTime());
                sortie.putNextEntry(copie);
                sortie.write(contenu);
                sortie.closeEntry();
            }
        }
        Files.move(provisoire, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(reecrites + " classes d'avant Java 6 réécrites en Java 8 dans " + jar.getFileName());
    }

    private static int versionMajeure(byte[] classe) {
        return classe.length < 8 ? Integer.MAX_VALUE : ((classe[6] & 0xff) << 8) | (classe[7] & 0xff);
    }

    /** The same class as a Java 8 class file: version 52 and stack maps computed from the jar's own classes. */
    private static byte[] enJava8(byte[] classe, ClassLoader classes) {
        ClassReader lecteur = new ClassReader(classe);
        ClassWriter ecrivain = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        lecteur.accept(new ClassVisitor(Opcodes.ASM9, ecrivain) {
            @Override
            public void visit(int version, int acces, String nom, String signature, String parent,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, acces, nom, signature, parent, interfaces);
            }
        }, 0);
        return ecrivain.toByteArray();
    }
}
