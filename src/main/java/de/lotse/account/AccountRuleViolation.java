package de.lotse.account;

/** A requested account change breaks a rule; the message code explains which one to the user. */
class AccountRuleViolation extends RuntimeException {

    private final String messageCode;

    AccountRuleViolation(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    String messageCode() {
        return messageCode;
    }
}
