import { controlCms } from "./stack-control";

/** Before the cms-down project: the CMS is stopped and stays down. */
controlCms("stop");
