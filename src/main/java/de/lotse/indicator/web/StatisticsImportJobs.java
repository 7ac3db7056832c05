package de.lotse.indicator.web;

import de.lotse.indicator.ImportProgress;
import de.lotse.indicator.StatisticsImportReport;
import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Statistics imports started on the import page, run in the background so that the page can show their progress and
 * a large file does not hold a request open. At most {@value #PARALLEL} run at once (further ones wait, shown as
 * queued), each on its own thread, so that other requests are served meanwhile. A job runs as the user who started it
 * (security context and language are carried over) and is visible only to that user; finished jobs are forgotten after
 * {@link #LIFETIME}.
 */
@Component
class StatisticsImportJobs {

    static final int PARALLEL = 2;
    static final Duration LIFETIME = Duration.ofHours(2);

    private static final Logger log = LoggerFactory.getLogger(StatisticsImportJobs.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** One import run: its progress while it runs, its report when done. */
    static final class Job implements ImportProgress {

        private final String id;
        private final String owner;
        private final String fileName;
        private final long totalBytes;
        private final boolean commit;
        private final Instant created = Instant.now();
        private volatile State state = State.QUEUED;
        private volatile long rowsRead;
        private volatile long bytesRead;
        private volatile StatisticsImportReport report;
        private volatile String pendingToken;
        private volatile boolean importValidRows;

        Job(String id, String owner, String fileName, long totalBytes, boolean commit) {
            this.id = id;
            this.owner = owner;
            this.fileName = fileName;
            this.totalBytes = totalBytes;
            this.commit = commit;
        }

        @Override
        public void update(long rows, long bytes) {
            this.rowsRead = rows;
            this.bytesRead = Math.min(bytes, totalBytes);
        }

        String id() {
            return id;
        }

        String owner() {
            return owner;
        }

        String fileName() {
            return fileName;
        }

        boolean commit() {
            return commit;
        }

        State state() {
            return state;
        }

        boolean finished() {
            return state == State.DONE || state == State.FAILED;
        }

        long rowsRead() {
            return rowsRead;
        }

        long bytesRead() {
            return bytesRead;
        }

        long totalBytes() {
            return totalBytes;
        }

        /** How much of the file has been read, 0 to 100. */
        int percent() {
            if (state == State.DONE) {
                return 100;
            }
            return totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
        }

        StatisticsImportReport report() {
            return report;
        }

        /** The pending file to map or commit after this dry run, or null. */
        String pendingToken() {
            return pendingToken;
        }

        boolean importValidRows() {
            return importValidRows;
        }

        void pending(String token, boolean validRows) {
            this.pendingToken = token;
            this.importValidRows = validRows;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(
            PARALLEL, Thread.ofPlatform().name("statistics-import-", 1).daemon().factory());

    /**
     * Starts an import in the background.
     *
     * @param work runs the import, reporting progress to the job it is given, and returns the report
     * @param done called on the importing thread with the finished job (e.g. to keep the file for the commit)
     */
    Job start(
            String owner,
            String fileName,
            long totalBytes,
            boolean commit,
            Function<Job, StatisticsImportReport> work,
            Consumer<Job> done) {
        expire();
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        Job job = new Job(HexFormat.of().formatHex(bytes), owner, fileName, totalBytes, commit);
        jobs.put(job.id(), job);
        // copies: the request's own objects are recycled when the request ends (the locale is resolved lazily)
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        LocaleContext locale = new SimpleLocaleContext(LocaleContextHolder.getLocale());
        executor.execute(() -> {
            SecurityContextHolder.setContext(security);
            LocaleContextHolder.setLocaleContext(locale);
            job.state = State.RUNNING;
            try {
                job.report = work.apply(job);
                done.accept(job);
                job.state = State.DONE;
            } catch (RuntimeException | Error e) {
                log.error("Statistics import {} of {} failed", job.id(), fileName, e);
                job.state = State.FAILED;
            } finally {
                SecurityContextHolder.clearContext();
                LocaleContextHolder.resetLocaleContext();
            }
        });
        return job;
    }

    /** The job, if it exists and belongs to the user. */
    Optional<Job> find(String id, String owner) {
        if (id == null || !id.matches("[0-9a-f]{24}")) {
            return Optional.empty();
        }
        Job job = jobs.get(id);
        return job == null || !job.owner().equals(owner) ? Optional.empty() : Optional.of(job);
    }

    private void expire() {
        Instant limit = Instant.now().minus(LIFETIME);
        jobs.values().removeIf(j -> j.finished() && j.created.isBefore(limit));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
