package jp.kizuna.subsidy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Subsidy and budget: project budgets, subsidy programmes, applications and screening for policy field 36. */
@SpringBootApplication
public class SubsidyApplication {

    public static void main(String[] args) {
        SpringApplication.run(SubsidyApplication.class, args);
    }
}
