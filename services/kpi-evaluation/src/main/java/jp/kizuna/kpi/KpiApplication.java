package jp.kizuna.kpi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** KPI and evaluation: the city's yearly policy evaluation (行政評価), made live. */
@SpringBootApplication
public class KpiApplication {

    public static void main(String[] args) {
        SpringApplication.run(KpiApplication.class, args);
    }
}
