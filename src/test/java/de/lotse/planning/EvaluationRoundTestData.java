package de.lotse.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of the evaluation-round tests, written with plain SQL into the planning tables (the measure domain of the
 * strategy module is not needed): a strategy with fields of action, measures and dated status reports. Keys are
 * unique per call because the test database is shared. Everything here is synthetic test input.
 */
public final class EvaluationRoundTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    private EvaluationRoundTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static EvaluationRoundTestData with(JdbcClient jdbc) {
        return new EvaluationRoundTestData(jdbc);
    }

    /** A strategy with a unique key; returns it as the rounds see it. */
    public EvaluationRoundStrategy aStrategy(String title) {
        String key = "test-rounds-" + Long.toHexString(System.nanoTime()) + "-" + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                        INSERT INTO strategy (key, type, title, status, example_data, created_by, updated_by)
                        VALUES (?, 'GUIDELINES', ?, 'ADOPTED', TRUE, 'test', 'test') RETURNING id""").params(key, title).query(Long.class).single();
        return new EvaluationRoundStrategy(id, key, title);
    }

    public long aField(EvaluationRoundStrategy strategy, int position, String code, String title) {
        return jdbc.sql("""
                        INSERT INTO field_of_action (strategy_id, position, code, title)
                        VALUES (?, ?, ?, ?) RETURNING id""")
                .params(strategy.id(), position, code, title)
                .query(Long.class)
                .single();
    }

    public MeasureBuilder aMeasure(EvaluationRoundStrategy strategy, String title) {
        return new MeasureBuilder(strategy.id(), title);
    }

    /** Adds a status report about the given day. */
    public void report(long measureId, LocalDate asOf, MeasureStatus status, int progress, String text) {
        jdbc.sql("""
                        INSERT INTO measure_status_report (measure_id, as_of, author, status, progress, text)
                        VALUES (?, ?, 'test', ?, ?, ?)""").params(measureId, asOf, status.name(), progress, text).update();
        jdbc.sql("UPDATE measure SET status = ?, progress = ?, updated_at = now() WHERE id = ?")
                .params(status.name(), progress, measureId)
                .update();
    }

    /** A measure of a strategy; {@link #create()} writes it. */
    public final class MeasureBuilder {

        private final long strategyId;
        private final String title;
        private String code;
        private LocalDate deadline;
        private MeasureStatus status = MeasureStatus.PLANNED;
        private int progress;
        private Instant updatedAt;
        private final List<Long> fields = new ArrayList<>();

        private MeasureBuilder(long strategyId, String title) {
            this.strategyId = strategyId;
            this.title = title;
        }

        public MeasureBuilder code(String code) {
            this.code = code;
            return this;
        }

        public MeasureBuilder deadline(LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        /** The status stored on the measure itself (without a status report). */
        public MeasureBuilder recorded(MeasureStatus status, int progress, Instant updatedAt) {
            this.status = status;
            this.progress = progress;
            this.updatedAt = updatedAt;
            return this;
        }

        public MeasureBuilder inField(long fieldId) {
            fields.add(fieldId);
            return this;
        }

        public long create() {
            int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM measure WHERE strategy_id = ?")
                    .param(strategyId)
                    .query(Integer.class)
                    .single();
            long id = jdbc.sql("""
                            INSERT INTO measure (strategy_id, position, code, title, deadline, status, progress,
                                                 example_data, created_by, updated_by, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 'test', 'test', coalesce(?, now())) RETURNING id""")
                    .params(
                            strategyId,
                            position,
                            code,
                            title,
                            deadline,
                            status.name(),
                            progress,
                            updatedAt == null ? null : java.sql.Timestamp.from(updatedAt))
                    .query(Long.class)
                    .single();
            for (long field : fields) {
                jdbc.sql("INSERT INTO measure_field (measure_id, field_id) VALUES (?, ?)")
                        .params(id, field)
                        .update();
            }
            return id;
        }
    }
}
