package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.decision.DecisionsArretBrutalTest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut keeps what the system's cache has not written to the disk only once it is forced there (fsync). The
 * database file is opened through a file system that counts the bytes written and not forced yet: once a
 * transaction has returned, none may be left. (A SIGKILL of the JVM, DecisionsArretBrutalTest, only proves the
 * commit reached the system.) H2 only: PostgreSQL forces its log at each commit.
 */
@Tag("h2")
class CommitsDurablesTest {

    /** Bytes written to the database files since their last force. */
    private static final AtomicLong NON_FORCES = new AtomicLong();

    @TempDir
    Path dossier;

    @Test
    void a_transaction_that_returned_is_forced_to_the_disk() {
        FilePath.register(new FichiersSurveilles());
        try (BaseDeDonnees base = BaseDeDonnees.ouvrirUrl("jdbc:h2:surveille:" + dossier.resolve("cellule"), "sa", "")) {
            for (int i = 0; i < 3; i++) {
                base.transactions().inTransaction(() -> base.membres().save(Exemples.membre(UUID.randomUUID(),
                        Role.REFERENT_SOCIAL)));

                assertThat(NON_FORCES.get()).as("octets écrits mais pas forcés sur le disque").isZero();
            }
        }
    }

    /** The default file system, each channel counting what it writes and forces. */
    public static final class FichiersSurveilles extends FilePathWrapper {

        @Override
        public String getScheme() {
            return "surveille";
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            return new CanalSurveille(getBase().open(mode));
        }
    }

    private static final class CanalSurveille extends FileChannel {

        private final FileChannel canal;

        CanalSurveille(FileChannel canal) {
            this.canal = canal;
        }

        private static int ecrits(int octets) {
            NON_FORCES.addAndGet(octets);
            return octets;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            canal.force(metaData);
            NON_FORCES.set(0);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return ecrits(canal.write(src));
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return ecrits(canal.write(src, position));
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            return ecrits((int) canal.write(srcs, offset, length));
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            return ecrits((int) canal.transferFrom(src, position, count));
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            canal.truncate(size);
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return canal.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return canal.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return canal.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return canal.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            canal.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return canal.size();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return canal.transferTo(position, count, target);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return canal.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return canal.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return canal.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            canal.close();
        }
    }
}
