package jp.kizuna.subsidy.budget;

/**
 * A business project as budgets know it: its code {@code <field>-<measure>-<number>} (the KPI
 * service's), name and measure.
 */
public record ProjectRef(String code, String name, int policyField, int measure) {

    public static ProjectRef parse(String code, String name) {
        if (code == null || !code.matches("\\d{1,3}-\\d{1,2}-\\d{1,3}")) {
            throw new IllegalArgumentException("a project code is <field>-<measure>-<number>, e.g. 36-2-1");
        }
        String[] parts = code.split("-");
        return new ProjectRef(code, name, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
