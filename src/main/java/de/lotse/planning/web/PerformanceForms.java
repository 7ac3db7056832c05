package de.lotse.planning.web;

/** The forms of the performance-measure pages (plain beans, so that the user's input stays on a refused save). */
final class PerformanceForms {

    private PerformanceForms() {}

    /** A performance measure to define. */
    public static class Definition {
        private String question;
        private String name;
        private String unit;

        public String getQuestion() {
            return question;
        }

        public void setQuestion(String question) {
            this.question = question;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    /** A value to enter. */
    public static class Entry {
        private Long performanceMeasureId;
        private String period;
        private String value;
        private String note;

        public Long getPerformanceMeasureId() {
            return performanceMeasureId;
        }

        public void setPerformanceMeasureId(Long performanceMeasureId) {
            this.performanceMeasureId = performanceMeasureId;
        }

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
