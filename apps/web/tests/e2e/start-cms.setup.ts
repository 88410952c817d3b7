import { controlCms } from "./stack-control";

/** Before the cms-back project: the CMS is started again on the same database. */
controlCms("start");
