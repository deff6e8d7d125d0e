package jp.kizuna.web.console.register;

/** The signed-in person may not use this page of the register (an officer on city staff's pages, say). */
class NotPermitted extends RuntimeException {

    NotPermitted(String what) {
        super(what);
    }
}
