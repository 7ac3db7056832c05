package de.lotse.indicator.web;

/**
 * How far a background statistics import has got, for the import page and its status endpoint.
 *
 * @param id the job's id
 * @param fileName the uploaded file's name
 * @param commit whether the job commits (else it is a dry run)
 * @param state {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param finished whether the job is done or failed
 * @param rowsRead values (rows) read so far
 * @param bytesRead bytes of the file read so far
 * @param totalBytes size of the file
 * @param percent how much of the file has been read, 0 to 100
 */
public record ImportJobStatus(
        String id,
        String fileName,
        boolean commit,
        String state,
        boolean finished,
        long rowsRead,
        long bytesRead,
        long totalBytes,
        int percent) {

    static ImportJobStatus of(StatisticsImportJobs.Job job) {
        return new ImportJobStatus(
                job.id(),
                job.fileName(),
                job.commit(),
                job.state().name(),
                job.finished(),
                job.rowsRead(),
                job.bytesRead(),
                job.totalBytes(),
                job.percent());
    }
}
