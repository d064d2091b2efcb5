package dev.learninglab.core.lab;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.TaskService;

/** What the shell hands every lab view: background tasks and the datasets. */
public record LabContext(TaskService tasks, DatasetResolver datasets) {}
