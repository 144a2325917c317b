package dev.faultline.model;

/** How exact a date is: the sources often give only a year or a month, and the model never claims more. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
