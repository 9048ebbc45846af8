package com.example.backups;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tells whether backups can still be restored. */
@SpringBootApplication
public class BackupAuditApplication {
  public static void main(String[] args) {
    SpringApplication.run(BackupAuditApplication.class, args);
  }
}
