/**
 * A seeded synthetic radiology report generator whose PHI labels are recorded while the text is built.
 *
 * <p>Entry point: {@link org.raddeid.corpora.generator.ReportGenerator}. Labelling choices, so that scorers know
 * what gold means here:
 * <ul>
 *   <li>Titles and credentials ({@code Dr.}, {@code MD}, {@code RT(R)}, {@code RN}) and the possessive {@code 's}
 *       are outside NAME spans (i2b2 2014 convention). Technologists, nurses and transcriptionists are labelled
 *       {@code DOCTOR} (i2b2 labels all care staff so); workstation logins are {@code USERNAME}. Every NAME label
 *       carries the {@link org.raddeid.corpora.generator.NameOrigin} of its pool.</li>
 *   <li>A time of day written right after a date is part of the DATE span ({@code 03/14/2021 14:32}): it is an
 *       element of the date, and the pattern recognizer reports it so. A time standing alone ({@code at 14:05}) is
 *       not labelled. For {@code the 14th of March} only {@code 14th of March} is labelled.</li>
 *   <li>Ages are labelled only when 90 or over, as HIPAA requires; younger ages are left as plain text on
 *       purpose.</li>
 *   <li>Generic departments ({@code Department of Radiology}) are not PHI; named units ({@code Kaplan Imaging
 *       Center}) are {@code DEPARTMENT}. Insurers are {@code ORGANIZATION}; NPIs {@code IDNUM}; state licence
 *       numbers {@code LICENSE}; scanner serial numbers {@code DEVICE}; pager extensions {@code PHONE}.</li>
 *   <li>A street line includes its apartment number; city, state, ZIP and country are separate labels.</li>
 *   <li>Never labelled (traps): eponyms, vertebral levels, measurements, BI-RADS/LI-RADS/TI-RADS, grades,
 *       5-digit CPT codes, guideline years, doses, series/image numbers, unnamed relatives.</li>
 * </ul>
 */
package org.raddeid.corpora.generator;
